// The what-if workbench: builds its controls from /api/model, sends the
// officer's changes as a pathways-scenario/1 document, and shows the answer.
// Every text from the model goes in as text (never as markup).
'use strict';

const groups = {
  places: 'Places: how many people a service can help at once',
  durations: 'How long things take (days)',
  routing: 'Where people go next (shares of those leaving a stage)',
  deadlines: 'Deadlines (days)',
  supply: 'Homes and places released',
  arrivals: 'People arriving',
};

const state = { model: null, preset: null, inputs: new Map(), lastScenario: null };

function el(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function shown(control, value) {
  const x = value * control.shown_as;
  return Math.round(x * 1e6) / 1e6;
}

function rangeText(c) {
  const p = c.plausible;
  return p ? `Plausible range: ${shown(c, p.low)} to ${shown(c, p.high)} ${c.unit}${p.source ? ` (${p.source})` : ''}` : '';
}

function controlNode(c, index) {
  const id = `control-${index}`;
  const box = el('div', { class: 'control', 'data-pointer': c.pointer });
  const label = el('label', { for: id }, c.label);
  label.append(el('span', { class: 'unit' }, ` (${c.unit})`));
  const input = el('input', { id, type: 'number', step: 'any', inputmode: 'decimal',
    'aria-describedby': `${id}-range ${id}-source ${id}-message` });
  if (c.integer) input.setAttribute('step', '1');
  input.value = shown(c, c.value);
  box.append(label, input);
  const range = el('p', { id: `${id}-range`, class: 'range' }, rangeText(c));
  if (c.plausible) box.append(bandNode(c, input));
  box.append(range);
  box.append(el('p', { id: `${id}-source`, class: 'source' }, c.source ? `Source: ${c.source}` : 'Source: not given'));
  box.append(el('p', { id: `${id}-message`, class: 'message', 'aria-live': 'polite' }));
  input.addEventListener('input', () => changed(c, true));
  state.inputs.set(c.pointer, { control: c, input, box, exact: c.value });
  return box;
}

// The plausible range as a band on a scale running from 0 to twice its top,
// with a mark at the current value (drawn in SVG, sized by CSS).
function bandNode(c, input) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 200 14');
  svg.setAttribute('class', 'band');
  svg.setAttribute('aria-hidden', 'true');
  const top = Math.max(c.plausible.high * 2, c.value * 1.5, 1e-9);
  const x = (v) => Math.max(0, Math.min(200, (v / top) * 200));
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('x', x(c.plausible.low));
  rect.setAttribute('width', Math.max(2, x(c.plausible.high) - x(c.plausible.low)));
  rect.setAttribute('y', 3);
  rect.setAttribute('height', 8);
  rect.setAttribute('class', 'band-range');
  const mark = document.createElementNS(ns, 'rect');
  mark.setAttribute('width', 3);
  mark.setAttribute('height', 14);
  mark.setAttribute('class', 'band-mark');
  const place = () => mark.setAttribute('x', x(valueOf(state.inputs.get(c.pointer) || { control: c, input }) || 0) - 1);
  const scale = document.createElementNS(ns, 'line');
  scale.setAttribute('x1', 0);
  scale.setAttribute('x2', 200);
  scale.setAttribute('y1', 7);
  scale.setAttribute('y2', 7);
  scale.setAttribute('class', 'band-scale');
  svg.append(scale, rect, mark);
  input.addEventListener('input', place);
  input.addEventListener('refresh', place);
  setTimeout(place);
  return svg;
}

// The value in the model's units. A value the page set itself (a preset, a
// rebalanced share) is kept exact, so that shares still sum to exactly 1.
function valueOf({ control, input, exact }) {
  if (exact !== undefined && input.value === String(shown(control, exact))) return exact;
  return input.value.trim() === '' ? NaN : Number(input.value) / control.shown_as;
}

function say(box, text, kind) {
  const message = box.querySelector('.message');
  message.textContent = text;
  box.classList.toggle('warning', kind === 'warning');
  box.classList.toggle('invalid', kind === 'error');
}

function changed(c, byHand) {
  const entry = state.inputs.get(c.pointer);
  const v = valueOf(entry);
  if (Number.isNaN(v)) return say(entry.box, 'Enter a number.', 'error');
  if (byHand && c.siblings && v >= 0 && v <= 1) rebalance(c, v);
  const p = c.plausible;
  if (p && (v < p.low - 1e-12 || v > p.high + 1e-12))
    return say(entry.box, `Outside the plausible range (${shown(c, p.low)} to ${shown(c, p.high)} ${c.unit}): allowed, but less certain.`, 'warning');
  say(entry.box, '', '');
}

// A routing share changed: the other shares of the same list and condition
// keep their proportions and take up the rest, so the group still sums to 100%.
function rebalance(c, v) {
  const others = c.siblings.map((p) => state.inputs.get(p)).filter(Boolean);
  const total = others.reduce((s, o) => s + (valueOf(o) || 0), 0);
  for (const o of others) {
    const share = total > 0 ? (valueOf(o) || 0) / total : 1 / others.length;
    o.exact = (1 - v) * share;
    o.input.value = shown(o.control, o.exact);
    changed(o.control, false);
    o.input.dispatchEvent(new Event('refresh'));
  }
}

function baseValue(c) {
  const p = state.preset;
  return p && p.values[c.pointer] !== undefined ? p.values[c.pointer] : c.value;
}

function setAt(object, pointer, value) {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at = object;
  for (const k of keys.slice(0, -1)) {
    if (typeof at[k] !== 'object' || at[k] === null || Array.isArray(at[k])) at[k] = {};
    at = at[k];
  }
  at[keys[keys.length - 1]] = value;
}

function routeOf(listPointer) {
  const p = state.preset;
  const keys = listPointer.split('/');
  const stage = p && p.patch.stages && p.patch.stages[keys[2].replace(/~1/g, '/').replace(/~0/g, '~')];
  return JSON.parse(JSON.stringify(stage && stage.next ? stage.next : state.model.routes[listPointer]));
}

// The officer's changes as a pathways-scenario/1 document (on top of the preset, if any).
function scenario() {
  const patch = JSON.parse(JSON.stringify(state.preset ? state.preset.patch : {}));
  const routes = new Map();
  const words = [];
  for (const entry of state.inputs.values()) {
    const c = entry.control;
    const v = valueOf(entry);
    if (Math.abs(v - baseValue(c)) < 1e-12) continue;
    words.push(`${c.label}: ${shown(c, baseValue(c))} to ${shown(c, v)} ${c.unit}`);
    const edge = c.pointer.match(/^(.*\/next)\/(\d+)\/p$/);
    if (!edge) { setAt(patch, c.pointer, c.integer ? Math.round(v) : v); continue; }
    if (!routes.has(edge[1])) routes.set(edge[1], routeOf(edge[1]));
    const list = routes.get(edge[1]);
    for (const [pointer, entry] of state.inputs) {
      const m = pointer.match(/^(.*\/next)\/(\d+)\/p$/);
      if (m && m[1] === edge[1] && list[Number(m[2])]) list[Number(m[2])].p = valueOf(entry);
    }
  }
  for (const [pointer, list] of routes) setAt(patch, pointer, list);
  const name = state.preset ? (words.length ? `${state.preset.name}, changed` : state.preset.name) : 'What-if';
  const description = [state.preset ? state.preset.description : '', ...words].filter(Boolean).join('\n');
  return { format: 'pathways-scenario/1', name, description, patch };
}

function buildControls() {
  const form = document.getElementById('controls');
  let index = 0;
  for (const [group, title] of Object.entries(groups)) {
    const members = state.model.controls.filter((c) => c.group === group);
    if (!members.length) continue;
    const details = el('details', { class: 'group' });
    if (group === 'places' || group === 'deadlines') details.open = true;
    details.append(el('summary', {}, `${title} (${members.length})`));
    for (const c of members) details.append(controlNode(c, index++));
    form.append(details);
  }
}

function applyPreset() {
  const i = document.getElementById('preset').value;
  state.preset = i === '' ? null : state.model.presets[Number(i)];
  document.getElementById('preset-description').textContent = state.preset ? state.preset.description : '';
  for (const entry of state.inputs.values()) {
    const { control: c, input, box } = entry;
    entry.exact = baseValue(c);
    input.value = shown(c, entry.exact);
    changed(c, false);
    if (state.preset && state.preset.values[c.pointer] !== undefined) box.closest('details').open = true;
    input.dispatchEvent(new Event('refresh'));
  }
}

function showProblems(problems) {
  const general = [];
  for (const { box } of state.inputs.values()) say(box, '', '');
  for (const p of problems) {
    const entry = state.inputs.get(p.pointer) ||
      [...state.inputs.values()].find((e) => p.pointer && e.control.pointer.startsWith(`${p.pointer}/`));
    if (entry && p.in === 'model') {
      say(entry.box, p.message, 'error');
      entry.box.closest('details').open = true;
    } else {
      general.push(`${p.pointer || 'the what-if'}: ${p.message}`);
    }
  }
  const box = document.getElementById('problems');
  box.replaceChildren(el('p', {}, 'The what-if cannot run as it stands. Please correct the figures marked below.'));
  for (const g of general) box.append(el('p', {}, g));
  box.hidden = false;
  const first = document.querySelector('.control.invalid input');
  if (first) first.focus();
}

async function post(path, document, replications) {
  const query = replications ? `?replications=${encodeURIComponent(replications)}` : '';
  return fetch(path + query, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(document) });
}

async function run() {
  const status = document.getElementById('status');
  const button = document.getElementById('run');
  document.getElementById('problems').hidden = true;
  const what = scenario();
  button.disabled = true;
  status.textContent = 'Running the what-if…';
  const started = performance.now();
  try {
    const response = await post('/api/compare', what, document.getElementById('replications').value);
    const body = await response.json();
    if (response.status === 400 && body.problems) { status.textContent = ''; return showProblems(body.problems); }
    if (!response.ok) { status.textContent = body.error || `The server answered ${response.status}.`; return; }
    state.lastScenario = what;
    status.textContent = `Answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    showAnswer(body);
  } catch (e) {
    status.textContent = 'The server could not be reached.';
  } finally {
    button.disabled = false;
  }
}

function percent(x) { return `${(x * 100).toFixed(1)}%`; }

function showAnswer(body) {
  const view = body.view;
  document.getElementById('verdict').textContent = view.verdict;
  document.getElementById('table').textContent = view.table;
  const rows = view.outcomes.map((o) => {
    const tr = el('tr', { class: o.clear ? 'clear' : '' });
    tr.append(el('th', { scope: 'row' }, o.label), el('td', {}, percent(o.before)), el('td', {}, percent(o.after)),
      el('td', {}, `${((o.after - o.before) * 100).toFixed(1)} (${(o.change_ci95[0] * 100).toFixed(1)} to ${(o.change_ci95[1] * 100).toFixed(1)})${o.clear ? ' *' : ''}`));
    return tr;
  });
  document.querySelector('#outcomes tbody').replaceChildren(...rows);
  drawOutcomes(view.outcomes);
  const img = document.getElementById('diagram');
  img.src = view.diagram_svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.diagram_svg)}` : '';
  img.alt = `The pathway diagram with the what-if's changes: ${view.verdict}`;
  const answer = document.getElementById('answer');
  answer.hidden = false;
  answer.focus();
}

// Paired bars, now (grey) and with the what-if (blue), one pair an outcome,
// its name on the line above so that no name is cut short.
function drawOutcomes(outcomes) {
  const ns = 'http://www.w3.org/2000/svg';
  const rowHeight = 54;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 640 ${outcomes.length * rowHeight + 28}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Bar chart of the shares in the table below');
  const top = Math.max(...outcomes.map((o) => Math.max(o.before, o.after)), 0.01);
  const text = (x, y, words, cls) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', x);
    t.setAttribute('y', y);
    if (cls) t.setAttribute('class', cls);
    t.textContent = words;
    return t;
  };
  outcomes.forEach((o, i) => {
    const y = i * rowHeight;
    svg.append(text(0, y + 14, o.label.length > 80 ? `${o.label.slice(0, 79)}…` : o.label));
    [['before', 'bar-now', 20], ['after', 'bar-what-if', 35]].forEach(([key, cls, dy]) => {
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', 0);
      bar.setAttribute('y', y + dy);
      bar.setAttribute('height', 13);
      bar.setAttribute('width', Math.max(1, (o[key] / top) * 540));
      bar.setAttribute('class', cls);
      svg.append(bar, text(6 + (o[key] / top) * 540, y + dy + 11, percent(o[key]), 'bar-value'));
    });
  });
  svg.append(text(0, outcomes.length * rowHeight + 18, 'grey: now · blue: with the what-if', 'bar-value'));
  document.getElementById('outcomes-chart').replaceChildren(svg);
}

function download(name, blob) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function downloadScenario() {
  const what = state.lastScenario || scenario();
  download('what-if.json', new Blob([`${JSON.stringify(what, null, 2)}\n`], { type: 'application/json' }));
}

async function downloadReport() {
  const status = document.getElementById('download-status');
  status.textContent = 'Writing the report…';
  const response = await post('/api/report', state.lastScenario || scenario());
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    status.textContent = body.error || `The server answered ${response.status}.`;
    return;
  }
  download('what-if-report.html', await response.blob());
  status.textContent = 'The report is downloaded.';
}

async function start() {
  const response = await fetch('/api/model');
  state.model = await response.json();
  document.getElementById('model-name').textContent = state.model.name;
  document.title = `What if? ${state.model.name}`;
  const replications = document.getElementById('replications');
  replications.value = state.model.replications;
  replications.max = state.model.max_replications;
  const select = document.getElementById('preset');
  state.model.presets.forEach((p, i) => select.append(el('option', { value: String(i) }, p.name)));
  select.addEventListener('change', applyPreset);
  buildControls();
  document.getElementById('run').addEventListener('click', run);
  document.getElementById('reset').addEventListener('click', () => { select.value = ''; applyPreset(); });
  document.getElementById('download-scenario').addEventListener('click', downloadScenario);
  document.getElementById('download-report').addEventListener('click', downloadReport);
  document.getElementById('diagram-size').addEventListener('click', (e) => {
    const full = document.getElementById('diagram-box').classList.toggle('full');
    e.target.setAttribute('aria-pressed', String(full));
    e.target.textContent = full ? 'Fit the diagram to the page' : 'Show the diagram at full size';
  });
  document.getElementById('controls').addEventListener('submit', (e) => { e.preventDefault(); run(); });
}

start();
