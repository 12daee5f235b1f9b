// RouteForge web page: submit an instance as a job, follow its server-sent events (best cost
// chart), then draw the routes (Leaflet for lon/lat instances, an SVG plane otherwise) with
// per-route and unassigned tables. No framework, no CDN: Leaflet is bundled under /vendor.
// Text from the request or the server (stop ids, messages) only ever goes into text nodes
// (textContent, createTextNode): never into innerHTML. The page runs under a strict CSP.
'use strict';

const $ = (id) => document.getElementById(id);
const COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#9a6324',
  '#008080', '#800000', '#808000', '#000075', '#bcf60c', '#fabebe', '#e6beff', '#aaffc3'];
let jobId = null;
let abort = null;
let points = [];
let map = null;
let tileLayer = null;

const SVG = 'http://www.w3.org/2000/svg';

function setState(s) { document.body.dataset.state = s; }

// An SVG element with attributes; a 'text' attribute becomes its text node.
function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') e.appendChild(document.createTextNode(String(v)));
    else e.setAttribute(k, String(v));
  }
  return e;
}

// An SVG <title> (tooltip) holding text.
function svgTitle(text) { return svgEl('title', { text }); }

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
function key() { return $('key').value.trim(); }
function headers(extra) { return Object.assign({ Authorization: 'Bearer ' + key() }, extra || {}); }

function showError(msg) { $('error').textContent = msg || ''; if (msg) setState('error'); }

async function problemText(resp) {
  try {
    const p = await resp.json();
    let s = (p.title || resp.status) + ': ' + (p.detail || '');
    for (const e of (p.errors || [])) {
      s += '\n  ' + (e.pointer !== undefined && e.pointer !== null ? e.pointer : e.line ? 'line ' + e.line : '') + ' ' + (e.field || '') + ': ' + e.detail;
    }
    return s;
  } catch (e) {
    return 'HTTP ' + resp.status;
  }
}

function contentType(text, format) {
  if (format === 'json' || format === 'vroom') return 'application/json';
  if (format === 'vrplib') return 'text/x-vrplib';
  if (format === 'solomon') return 'text/x-solomon';
  return text.trim().startsWith('{') ? 'application/json' : 'text/plain';
}

async function loadExample(url) {
  if (!url) return;
  const r = await fetch(url);
  $('instance').value = await r.text();
}

async function start() {
  showError('');
  const text = $('instance').value;
  if (!text.trim()) { showError('Paste, upload or pick an instance first.'); return; }
  if (!key()) { showError('Enter an API key (routeforge keys create --tenant NAME).'); return; }
  localStorage.setItem('routeforge.key', key());
  const params = new URLSearchParams({ time_limit: $('time').value, seed: $('seed').value });
  if ($('format').value) params.set('format', $('format').value);
  const resp = await fetch('/v1/vrp/jobs?' + params, {
    method: 'POST', headers: headers({ 'Content-Type': contentType(text, $('format').value) }), body: text,
  });
  if (resp.status !== 202) { showError(await problemText(resp)); return; }
  jobId = (await resp.json()).id;
  $('job-id').textContent = jobId;
  $('status').textContent = 'queued';
  $('cost').textContent = '–';
  $('cancel').disabled = false;
  points = [];
  drawChart();
  clearResult();
  setState('running');
  follow(jobId);
}

// Reads the SSE stream with fetch (EventSource cannot send the Authorization header).
async function follow(id) {
  if (abort) abort.abort();
  abort = new AbortController();
  let resp;
  try {
    resp = await fetch('/v1/vrp/jobs/' + id + '/events', { headers: headers({ Accept: 'text/event-stream' }), signal: abort.signal });
  } catch (e) { return; }
  if (!resp.ok) { showError(await problemText(resp)); return; }
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data += line.slice(5).trim();
      }
      if (data) onEvent(event, JSON.parse(data));
    }
  }
}

function onEvent(event, d) {
  if (event === 'status') {
    $('status').textContent = d.status;
  } else if (event === 'progress') {
    $('status').textContent = 'running';
    const pct = d.progress !== undefined ? ' (' + Math.round(d.progress * 100) + ' % of the time limit)' : '';
    if (d.cost === null || d.cost === undefined) {
      $('elapsed').textContent = d.elapsed.toFixed(1) + ' s' + pct + ', no solution yet';
      return;
    }
    points.push([d.elapsed, d.cost, d.feasible]);
    $('cost').textContent = d.cost.toFixed(1) + (d.feasible ? '' : ' (infeasible)');
    $('elapsed').textContent = d.elapsed.toFixed(1) + ' s' + pct + ', ' + d.routes + ' routes';
    drawChart();
  } else if (event === 'end') {
    $('status').textContent = d.status;
    $('cancel').disabled = true;
    if (d.best) $('cost').textContent = d.best.cost.toFixed(1) + (d.best.feasible ? '' : ' (infeasible)');
    if (d.status === 'failed') { showError('The job failed: ' + (d.error || '')); return; }
    loadSolution(d.id);
  }
}

function drawChart() {
  const svg = $('chart');
  const W = 600, H = 220, P = 36;
  clear(svg);
  if (points.length === 0) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = 0, x1 = Math.max(1e-3, Math.max(...xs));
  let y0 = Math.min(...ys), y1 = Math.max(...ys);
  if (y1 - y0 < 1e-9) { y0 -= 1; y1 += 1; }
  const sx = (x) => P + (x - x0) / (x1 - x0) * (W - 2 * P);
  const sy = (y) => H - P + 10 - (y - y0) / (y1 - y0) * (H - 2 * P);
  let d = '';
  points.forEach((p, i) => {
    if (i > 0) d += ' L' + sx(p[0]) + ' ' + sy(points[i - 1][1]);
    d += (i === 0 ? 'M' : ' L') + sx(p[0]) + ' ' + sy(p[1]);
  });
  svg.appendChild(svgEl('path', { d, fill: 'none', stroke: '#1d3557', 'stroke-width': 1.5 }));
  for (const p of points) svg.appendChild(svgEl('circle', { cx: sx(p[0]), cy: sy(p[1]), r: 2.5, fill: p[2] ? '#2a7' : '#d55' }));
  svg.appendChild(svgEl('text', { x: 4, y: 14, 'font-size': 11, text: y1.toFixed(0) }));
  svg.appendChild(svgEl('text', { x: 4, y: H - 14, 'font-size': 11, text: y0.toFixed(0) }));
  svg.appendChild(svgEl('text', { x: W - 60, y: H - 4, 'font-size': 11, text: x1.toFixed(1) + ' s' }));
  svg.dataset.points = String(points.length);
}

function clearResult() {
  clear($('routes-table').querySelector('tbody'));
  clear($('unassigned').querySelector('tbody'));
  $('plane').style.display = 'none';
  $('map').style.display = 'none';
}

async function loadSolution(id) {
  const resp = await fetch('/v1/vrp/jobs/' + id + '/solution', { headers: headers() });
  if (!resp.ok) { showError(await problemText(resp)); return; }
  const sol = await resp.json();
  renderTables(sol);
  if (sol.geographic) drawMap(sol); else drawPlane(sol);
  setState(sol.status === 'cancelled' ? 'cancelled' : 'finished');
}

function cell(tr, text, cls) { const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td; }

function renderTables(sol) {
  const body = $('routes-table').querySelector('tbody');
  sol.routes.forEach((r, i) => {
    const tr = document.createElement('tr');
    const jobs = r.steps.filter((s) => ['job', 'pickup', 'delivery'].includes(s.type));
    const first = cell(tr, '');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = COLORS[i % COLORS.length];
    first.appendChild(swatch);
    first.appendChild(document.createTextNode(String(i + 1)));
    cell(tr, r.vehicle_type + ' #' + r.vehicle);
    cell(tr, String(jobs.length));
    cell(tr, String(r.load));
    cell(tr, r.distance.toFixed(1));
    cell(tr, r.duration.toFixed(1));
    cell(tr, jobs.map((s) => s.id).join(' → '), 'seq');
    body.appendChild(tr);
  });
  const ub = $('unassigned').querySelector('tbody');
  for (const u of sol.unassigned) {
    const tr = document.createElement('tr');
    cell(tr, u.id); cell(tr, String(u.code)); cell(tr, u.reason); cell(tr, u.detail || '');
    ub.appendChild(tr);
  }
  if (sol.unassigned.length === 0) {
    const tr = document.createElement('tr');
    cell(tr, 'none: every stop is served');
    ub.appendChild(tr);
  }
}

// Leaflet puts a string tooltip into innerHTML; an element keeps the text as text.
function tip(text) { const e = document.createElement('span'); e.textContent = text; return e; }

function routeCoords(r) { return r.steps.filter((s) => s.location).map((s) => s.location); }

function drawMap(sol) {
  $('map').style.display = 'block';
  if (!map) {
    map = L.map('map');
    $('tiles').onchange = () => toggleTiles();
  }
  map.eachLayer((l) => { if (l !== tileLayer) map.removeLayer(l); });
  const all = [];
  sol.routes.forEach((r, i) => {
    const ll = routeCoords(r).map((c) => [c[1], c[0]]);
    all.push(...ll);
    L.polyline(ll, { color: COLORS[i % COLORS.length], weight: 3 }).addTo(map);
    r.steps.filter((s) => ['job', 'pickup', 'delivery'].includes(s.type)).forEach((s) => L.circleMarker([s.location[1], s.location[0]],
      { radius: 4, color: COLORS[i % COLORS.length] }).bindTooltip(tip('stop ' + s.id)).addTo(map));
  });
  for (const u of sol.unassigned) {
    if (u.location) L.circleMarker([u.location[1], u.location[0]], { radius: 5, color: '#000' }).bindTooltip(tip('unassigned ' + u.id)).addTo(map);
  }
  for (const d of (sol.depots || [])) L.marker([d[1], d[0]]).bindTooltip(tip('depot')).addTo(map);
  if (all.length) map.fitBounds(all, { padding: [20, 20] });
}

function toggleTiles() {
  if ($('tiles').checked && !tileLayer) {
    tileLayer = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      { maxZoom: 19, attribution: '&copy; OpenStreetMap contributors' }).addTo(map);
  } else if (!$('tiles').checked && tileLayer) {
    map.removeLayer(tileLayer);
    tileLayer = null;
  }
}

function drawPlane(sol) {
  const svg = $('plane');
  const coords = [];
  sol.routes.forEach((r) => coords.push(...routeCoords(r)));
  sol.unassigned.forEach((u) => u.location && coords.push(u.location));
  if (coords.length === 0) { svg.style.display = 'none'; return; }
  svg.style.display = 'block';
  const xs = coords.map((c) => c[0]), ys = coords.map((c) => c[1]);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const S = 560, P = 20;
  const px = (x) => P + (x - minX) / span * S;
  const py = (y) => P + S - (y - minY) / span * S;
  clear(svg);
  sol.routes.forEach((r, i) => {
    const pts = routeCoords(r).map((c) => px(c[0]) + ',' + py(c[1])).join(' ');
    svg.appendChild(svgEl('polyline', { class: 'route', points: pts, fill: 'none', stroke: COLORS[i % COLORS.length], 'stroke-width': 1.6 }));
    r.steps.filter((s) => ['job', 'pickup', 'delivery'].includes(s.type) && s.location).forEach((s) => {
      const c = svgEl('circle', { cx: px(s.location[0]), cy: py(s.location[1]), r: 2.5, fill: COLORS[i % COLORS.length] });
      c.appendChild(svgTitle('stop ' + s.id));
      svg.appendChild(c);
    });
  });
  sol.unassigned.forEach((u) => {
    if (!u.location) return;
    const m = svgEl('rect', { x: px(u.location[0]) - 3, y: py(u.location[1]) - 3, width: 6, height: 6, fill: '#000' });
    m.appendChild(svgTitle('unassigned ' + u.id));
    svg.appendChild(m);
  });
  (sol.depots || []).forEach((d) => {
    const m = svgEl('rect', { x: px(d[0]) - 5, y: py(d[1]) - 5, width: 10, height: 10, fill: '#1d3557' });
    m.appendChild(svgTitle('depot'));
    svg.appendChild(m);
  });
}

async function cancel() {
  if (!jobId) return;
  const resp = await fetch('/v1/vrp/jobs/' + jobId, { method: 'DELETE', headers: headers() });
  if (!resp.ok) showError(await problemText(resp));
}

$('example').onchange = (e) => loadExample(e.target.value);
$('file').onchange = async (e) => { if (e.target.files[0]) $('instance').value = await e.target.files[0].text(); };
$('start').onclick = start;
$('cancel').onclick = cancel;

// Initial state: key from the URL fragment (#key=...) or local storage; ?example=...&autostart=1
// picks an example and starts it (used by the end-to-end browser test).
(async () => {
  const frag = new URLSearchParams(location.hash.slice(1));
  $('key').value = frag.get('key') || localStorage.getItem('routeforge.key') || '';
  const q = new URLSearchParams(location.search);
  if (q.get('time_limit')) $('time').value = q.get('time_limit');
  if (q.get('example')) {
    $('example').value = '/examples/' + q.get('example');
    await loadExample($('example').value);
    if (q.get('autostart')) await start();
  }
})();
