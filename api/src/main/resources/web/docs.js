'use strict';
// Renders /openapi.json (OpenAPI 3.1) as a readable list of operations, parameters and responses.
(async () => {
  const spec = await (await fetch('/openapi.json')).json();
  document.getElementById('intro').textContent = spec.info.title + ' ' + spec.info.version + ' — ' + spec.info.description;
  const ops = document.getElementById('ops');
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [verb, op] of Object.entries(item)) {
      const div = document.createElement('div');
      div.className = 'op';
      const params = (op.parameters || []).map((p) => {
        const ref = p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
        return '<li><code>' + ref.name + '</code> (' + ref.in + (ref.required ? ', required' : '') + ') ' + (ref.description || '') + '</li>';
      }).join('');
      const responses = Object.entries(op.responses || {}).map(([code, r]) => '<li><b>' + code + '</b> ' + (r.description || '') + '</li>').join('');
      const body = op.requestBody ? '<p>Body: ' + Object.keys(op.requestBody.content).map((c) => '<code>' + c + '</code>').join(', ') + '</p>' : '';
      div.innerHTML = '<div><span class="verb">' + verb.toUpperCase() + '</span><span class="path">' + path + '</span></div>'
        + '<p>' + (op.summary || '') + (op.description ? '<br>' + op.description : '') + '</p>' + body
        + (params ? '<ul>' + params + '</ul>' : '') + '<ul>' + responses + '</ul>';
      ops.appendChild(div);
    }
  }
})();
