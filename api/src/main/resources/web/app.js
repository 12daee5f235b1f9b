// RouteForge web page: edit or pick a request, solve it as a job (following its server-sent events:
// the best-cost chart) or on POST /v1/vroom, then draw the solution: each vehicle's route in its own
// colour on Leaflet (the route geometry from the answer, decoded here, when it has one; straight
// lines between the stops otherwise; an SVG plane for instances without lon/lat), the routes, every
// step with its arrival, waiting and load, and the unassigned tasks with their reason code and
// sentence. No framework, no CDN: Leaflet is bundled under /vendor.
// Text from the request or the server (ids, messages) only ever goes into text nodes (textContent,
// createTextNode): never into innerHTML. The page runs under a strict CSP (no inline script).
'use strict';

const $ = (id) => document.getElementById(id);
const COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324',
  '#469990', '#800000', '#808000', '#000075', '#bfef45', '#dcbeff', '#fabed4', '#aaffc3'];
const TASKS = ['job', 'pickup', 'delivery'];
const DEMO = 'malta-demo-200.vroom.json';
let jobId = null;
let abort = null;
let points = [];
let map = null;
let tileLayer = null;
let examples = [];

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
function color(i) { return COLORS[i % COLORS.length]; }

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

// ---- request editor ----------------------------------------------------------------------------

function contentType(text, format) {
  if (format === 'json' || format === 'vroom') return 'application/json';
  if (format === 'vrplib') return 'text/x-vrplib';
  if (format === 'solomon') return 'text/x-solomon';
  return text.trim().startsWith('{') ? 'application/json' : 'text/plain';
}

// The request as a VROOM object when the text is one (vehicles plus jobs or shipments), else null.
function vroomRequest(text) {
  if (!text.trim().startsWith('{')) return null;
  try {
    const o = JSON.parse(text);
    return o && Array.isArray(o.vehicles) && (Array.isArray(o.jobs) || Array.isArray(o.shipments)) ? o : null;
  } catch (e) {
    return null; // the server reports the syntax error with its position
  }
}

// The body to send: a VROOM request gets options.g from the geometry checkbox.
function requestBody(text) {
  const o = vroomRequest(text);
  if (!o) return text;
  const g = $('geometry').checked;
  if (!g && !(o.options && 'g' in o.options)) return text;
  o.options = Object.assign({}, o.options, { g });
  return JSON.stringify(o);
}

async function loadExamples() {
  const r = await fetch('/examples/index.json');
  if (!r.ok) return;
  examples = (await r.json()).examples;
  const sel = $('example');
  for (const e of examples) {
    const o = document.createElement('option');
    o.value = e.file;
    o.textContent = e.title;
    sel.appendChild(o);
  }
}

async function loadExample(file) {
  const about = examples.find((e) => e.file === file);
  $('example-about').textContent = about ? about.description : '';
  if (!file) return;
  $('example').value = file;
  const r = await fetch('/examples/' + file);
  if (!r.ok) { showError('example ' + file + ': HTTP ' + r.status); return; }
  $('instance').value = await r.text();
}

// ---- solving ------------------------------------------------------------------------------------

async function start() {
  showError('');
  const text = $('instance').value;
  if (!text.trim()) { showError('Paste, upload or pick a request first.'); return; }
  if (!key()) { showError('Enter an API key (routeforge keys create --tenant NAME).'); return; }
  localStorage.setItem('routeforge.key', key());
  points = [];
  drawChart();
  clearResult();
  if ($('mode').value === 'vroom') { await solveVroom(text); return; }
  const params = new URLSearchParams({ time_limit: $('time').value, seed: $('seed').value });
  if ($('format').value) params.set('format', $('format').value);
  const resp = await fetch('/v1/vrp/jobs?' + params, {
    method: 'POST', headers: headers({ 'Content-Type': contentType(text, $('format').value) }), body: requestBody(text),
  });
  if (resp.status !== 202) { showError(await problemText(resp)); return; }
  jobId = (await resp.json()).id;
  $('job-id').textContent = jobId;
  $('status').textContent = 'queued';
  $('cost').textContent = '–';
  $('cancel').disabled = false;
  setState('running');
  follow(jobId);
}

// POST /v1/vroom: VROOM's own output, answered when the time limit is spent.
async function solveVroom(text) {
  if (!vroomRequest(text)) { showError('POST /v1/vroom takes a VROOM request (vehicles with jobs or shipments).'); return; }
  const params = new URLSearchParams({ time_limit: $('time').value, seed: $('seed').value });
  $('job-id').textContent = '/v1/vroom';
  $('status').textContent = 'solving';
  setState('running');
  const resp = await fetch('/v1/vroom?' + params, {
    method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: requestBody(text),
  });
  if (!resp.ok) { $('status').textContent = 'failed'; showError(await problemText(resp)); return; }
  const out = await resp.json();
  $('status').textContent = 'finished';
  if (out.summary) $('cost').textContent = String(out.summary.cost);
  render(out);
  setState('finished');
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

async function loadSolution(id) {
  const resp = await fetch('/v1/vrp/jobs/' + id + '/solution', { headers: headers() });
  if (!resp.ok) { showError(await problemText(resp)); return; }
  const sol = await resp.json();
  render(sol);
  setState(sol.status === 'cancelled' ? 'cancelled' : 'finished');
}

async function cancel() {
  if (!jobId) return;
  const resp = await fetch('/v1/vrp/jobs/' + jobId, { method: 'DELETE', headers: headers() });
  if (!resp.ok) showError(await problemText(resp));
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

// ---- the solution -------------------------------------------------------------------------------

// One model for both answers: the job solution (service JSON) and VROOM's output (POST /v1/vroom).
// Field names are VROOM's: routes[].steps[] {type, id, location, arrival, waiting_time, service,
// load, distance}, unassigned[] {id, type, location, code, reason}.
function normalize(sol) {
  // A job solution names the vehicle type (a VROOM vehicle's id); types with several vehicles add the index.
  const perType = {};
  for (const r of (sol.routes || [])) if (r.vehicle_type !== undefined) perType[r.vehicle_type] = (perType[r.vehicle_type] || 0) + 1;
  const routes = (sol.routes || []).map((r) => ({
    vehicle: r.vehicle_type === undefined ? String(r.vehicle)
      : perType[r.vehicle_type] > 1 ? r.vehicle_type + ' #' + r.vehicle_index : String(r.vehicle_type),
    steps: r.steps || [],
    geometry: typeof r.geometry === 'string' ? r.geometry : null,
    distance: r.distance,
    duration: r.duration,
    waiting: r.waiting_time,
  }));
  const unassigned = (sol.unassigned || []).map((u) => {
    let reason = u.reason || '';
    let sentence = u.detail || '';
    const cut = reason.indexOf(': ');
    if (u.detail === undefined && cut > 0) { sentence = reason.slice(cut + 2); reason = reason.slice(0, cut); }
    return { id: String(u.id), type: u.type || 'job', code: u.code, reason, sentence, location: u.location };
  });
  // Job solutions say whether coordinates are lon/lat; VROOM output has locations only when they are.
  const geographic = sol.geographic !== undefined ? sol.geographic : routes.some((r) => r.steps.some((s) => s.location));
  return { routes, unassigned, geographic, summary: sol.summary || {}, routing: sol.routing, geometryError: sol.geometry_error, depots: sol.depots || [] };
}

function clearResult() {
  for (const t of ['routes-table', 'unassigned', 'steps']) clear($(t).querySelector('tbody'));
  $('summary').textContent = '';
  $('routing').textContent = '';
  $('plane').style.display = 'none';
  $('map').style.display = 'none';
}

function render(sol) {
  const s = normalize(sol);
  const sum = s.summary;
  const parts = [];
  if (sum.cost !== undefined) parts.push('cost ' + num(sum.cost));
  parts.push(s.routes.length + ' routes', s.unassigned.length + ' unassigned');
  if (sum.distance !== undefined) parts.push('distance ' + (s.geographic ? km(sum.distance) : num(sum.distance)));
  if (sum.duration !== undefined) parts.push('driving ' + (s.geographic ? hm(sum.duration) : num(sum.duration)));
  if (sum.waiting_time !== undefined) parts.push('waiting ' + (s.geographic ? hm(sum.waiting_time) : num(sum.waiting_time)));
  $('summary').textContent = parts.join(' · ');
  $('routing').textContent = (s.routing ? 'routing: ' + s.routing : '') + (s.geometryError ? ' · no geometry: ' + s.geometryError : '');
  renderRoutes(s);
  renderUnassigned(s);
  renderSteps(s);
  if (s.geographic) drawMap(s); else drawPlane(s);
}

function num(v) { return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : ''; }
function km(m) { return (m / 1000).toFixed(1) + ' km'; }
// Seconds as a clock time (h:mm:ss) for geographic answers, where times are seconds.
function clock(t) {
  if (typeof t !== 'number') return '';
  const s = Math.round(t);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return h + ':' + String(m).padStart(2, '0') + ':' + String(sec).padStart(2, '0');
}
function hm(t) { return typeof t === 'number' ? (t >= 3600 ? Math.floor(t / 3600) + ' h ' : '') + Math.round((t % 3600) / 60) + ' min' : ''; }
function dur(t, geo) { return typeof t !== 'number' ? '' : geo ? (t < 60 ? Math.round(t) + ' s' : (t / 60).toFixed(1) + ' min') : num(t); }
function load(l) { return Array.isArray(l) ? l.join(', ') : l === undefined || l === null ? '' : String(l); }
function stepId(st) { return st.id !== undefined && st.id !== null ? String(st.id) : st.job !== undefined ? String(st.job) : ''; }

function cell(tr, text, cls) { const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td; }

function swatchCell(tr, i, label) {
  const td = cell(tr, '');
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = color(i);
  td.appendChild(swatch);
  td.appendChild(document.createTextNode(label));
  return td;
}

function renderRoutes(s) {
  const body = $('routes-table').querySelector('tbody');
  s.routes.forEach((r, i) => {
    const tr = document.createElement('tr');
    tr.className = 'route-row';
    const tasks = r.steps.filter((st) => TASKS.includes(st.type));
    swatchCell(tr, i, String(i + 1));
    cell(tr, r.vehicle);
    cell(tr, String(tasks.length));
    cell(tr, s.geographic && typeof r.distance === 'number' ? km(r.distance) : num(r.distance));
    cell(tr, s.geographic ? hm(r.duration) : num(r.duration));
    cell(tr, s.geographic ? hm(r.waiting) : num(r.waiting));
    cell(tr, tasks.map(stepId).join(' → '), 'seq');
    body.appendChild(tr);
  });
}

function renderUnassigned(s) {
  const body = $('unassigned').querySelector('tbody');
  for (const u of s.unassigned) {
    const tr = document.createElement('tr');
    tr.className = 'unassigned-row';
    cell(tr, u.id);
    cell(tr, u.type);
    cell(tr, u.code === undefined || u.code === null ? '' : String(u.code));
    cell(tr, u.reason, 'reason');
    cell(tr, u.sentence);
    body.appendChild(tr);
  }
  if (s.unassigned.length === 0) {
    const tr = document.createElement('tr');
    cell(tr, 'none: every task is served').colSpan = 5;
    body.appendChild(tr);
  }
}

function renderSteps(s) {
  const body = $('steps').querySelector('tbody');
  const geo = s.geographic;
  s.routes.forEach((r, i) => {
    r.steps.forEach((st, k) => {
      const tr = document.createElement('tr');
      tr.className = 'step step-' + st.type;
      swatchCell(tr, i, r.vehicle);
      cell(tr, String(k));
      cell(tr, st.type);
      cell(tr, stepId(st));
      cell(tr, geo ? clock(st.arrival) : num(st.arrival));
      cell(tr, dur(st.waiting_time, geo));
      cell(tr, dur(st.service, geo));
      cell(tr, load(st.load));
      cell(tr, geo && typeof st.distance === 'number' ? km(st.distance) : num(st.distance));
      body.appendChild(tr);
    });
  });
}

// Google's encoded polyline (VROOM's and OSRM's geometry) at precision 5: [[lat, lon], ...].
function decodePolyline(str) {
  const out = [];
  let i = 0, lat = 0, lon = 0;
  while (i < str.length) {
    for (let axis = 0; axis < 2; axis++) {
      let shift = 0, result = 0, b;
      do {
        b = str.charCodeAt(i++) - 63;
        result |= (b & 0x1f) << shift;
        shift += 5;
      } while (b >= 0x20 && i < str.length);
      const d = (result & 1) ? ~(result >> 1) : (result >> 1);
      if (axis === 0) lat += d; else lon += d;
    }
    out.push([lat / 1e5, lon / 1e5]);
  }
  return out;
}

// Leaflet puts a string tooltip into innerHTML; an element keeps the text as text.
function tip(text) { const e = document.createElement('span'); e.textContent = text; return e; }

function drawMap(s) {
  $('map').style.display = 'block';
  if (!map) {
    map = L.map('map');
    $('tiles').onchange = () => toggleTiles();
  }
  map.eachLayer((l) => { if (l !== tileLayer) map.removeLayer(l); });
  const all = [];
  let vertices = 0;
  let onRoads = 0;
  s.routes.forEach((r, i) => {
    const stops = r.steps.filter((st) => st.location).map((st) => [st.location[1], st.location[0]]);
    const line = r.geometry ? decodePolyline(r.geometry) : stops;
    if (r.geometry) onRoads++;
    vertices += line.length;
    all.push(...line, ...stops);
    L.polyline(line, { color: color(i), weight: 3, opacity: 0.85, className: 'route-line' + (r.geometry ? ' geometry' : '') })
      .bindTooltip(tip('vehicle ' + r.vehicle)).addTo(map);
    r.steps.forEach((st, k) => {
      if (!st.location) return;
      const ll = [st.location[1], st.location[0]];
      const task = TASKS.includes(st.type);
      const m = task || st.type === 'break' ? L.circleMarker(ll, { radius: 4, color: color(i), fillOpacity: 0.8 })
        : L.circleMarker(ll, { radius: 7, color: '#1d3557', weight: 2, fillOpacity: 0.2 });
      m.bindTooltip(tip(st.type + ' ' + stepId(st) + ' · vehicle ' + r.vehicle + ' step ' + k
        + (typeof st.arrival === 'number' ? ' · arrival ' + clock(st.arrival) : ''))).addTo(map);
    });
  });
  for (const u of s.unassigned) {
    if (u.location) {
      L.circleMarker([u.location[1], u.location[0]], { radius: 6, color: '#000', dashArray: '2 2' })
        .bindTooltip(tip('unassigned ' + u.type + ' ' + u.id + ': ' + u.reason)).addTo(map);
      all.push([u.location[1], u.location[0]]);
    }
  }
  $('map').dataset.routes = String(s.routes.length);
  $('map').dataset.vertices = String(vertices);
  $('map').dataset.geometry = String(onRoads);
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

function drawPlane(s) {
  const svg = $('plane');
  const coords = [];
  s.routes.forEach((r) => r.steps.forEach((st) => st.location && coords.push(st.location)));
  s.unassigned.forEach((u) => u.location && coords.push(u.location));
  if (coords.length === 0) { svg.style.display = 'none'; return; }
  svg.style.display = 'block';
  const xs = coords.map((c) => c[0]), ys = coords.map((c) => c[1]);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const S = 560, P = 20;
  const px = (x) => P + (x - minX) / span * S;
  const py = (y) => P + S - (y - minY) / span * S;
  clear(svg);
  s.routes.forEach((r, i) => {
    const pts = r.steps.filter((st) => st.location).map((st) => px(st.location[0]) + ',' + py(st.location[1])).join(' ');
    svg.appendChild(svgEl('polyline', { class: 'route', points: pts, fill: 'none', stroke: color(i), 'stroke-width': 1.6 }));
    r.steps.filter((st) => TASKS.includes(st.type) && st.location).forEach((st) => {
      const c = svgEl('circle', { cx: px(st.location[0]), cy: py(st.location[1]), r: 2.5, fill: color(i) });
      c.appendChild(svgTitle(st.type + ' ' + stepId(st)));
      svg.appendChild(c);
    });
  });
  s.unassigned.forEach((u) => {
    if (!u.location) return;
    const m = svgEl('rect', { x: px(u.location[0]) - 3, y: py(u.location[1]) - 3, width: 6, height: 6, fill: '#000' });
    m.appendChild(svgTitle('unassigned ' + u.id + ': ' + u.reason));
    svg.appendChild(m);
  });
  s.depots.forEach((d) => {
    const m = svgEl('rect', { x: px(d[0]) - 5, y: py(d[1]) - 5, width: 10, height: 10, fill: '#1d3557' });
    m.appendChild(svgTitle('depot'));
    svg.appendChild(m);
  });
}

// ---- wiring -------------------------------------------------------------------------------------

$('example').onchange = (e) => loadExample(e.target.value);
$('demo').onclick = async () => { $('time').value = Math.max(10, Number($('time').value) || 0); $('mode').value = 'job'; await loadExample(DEMO); await start(); };
$('file').onchange = async (e) => { if (e.target.files[0]) $('instance').value = await e.target.files[0].text(); };
$('start').onclick = start;
$('cancel').onclick = cancel;

// Initial state: key from the URL fragment (#key=...) or local storage; ?example=NAME picks an
// example, &mode=vroom solves on POST /v1/vroom, &autostart=1 starts it (the demo command and the
// end-to-end browser test open such a link).
(async () => {
  const frag = new URLSearchParams(location.hash.slice(1));
  $('key').value = frag.get('key') || localStorage.getItem('routeforge.key') || '';
  await loadExamples();
  const q = new URLSearchParams(location.search);
  if (q.get('time_limit')) $('time').value = q.get('time_limit');
  if (q.get('mode') === 'vroom') $('mode').value = 'vroom';
  if (q.get('example')) {
    await loadExample(q.get('example'));
    if (q.get('autostart')) await start();
  }
})();
