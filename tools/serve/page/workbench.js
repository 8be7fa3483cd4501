// The what-if workbench: builds its controls from /api/model, sends the
// officer's changes as a pathways-scenario/1 document, and shows the answer
// under the question it answers. A model with levers leads with them, grouped
// by action and sent by id; the model's own figures fold away below, and the
// server turns them into the scenario's patch (and rebalances routing
// shares): the page does no arithmetic on the model. Every text from the
// model goes in as text (never as markup).
'use strict';

// The most used figures first; routing shares come last, folded away.
const rank = { levers: 0, places: 0, deadlines: 1, durations: 2, arrivals: 3, supply: 4 };

const state = { model: null, preset: null, inputs: new Map(), lastScenario: null, asked: 0, pending: null,
  answered: false };

const isLever = (c) => c.group === 'levers';

function el(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

// The figure as the page shows it: in the control's unit, to its decimals (shares to 0.1%).
function shown(control, value) {
  const x = value * control.shown_as;
  return Number(x.toFixed(control.decimals ?? 6));
}

// The same with thousands, for reading: 1826 -> "1,826".
const reading = (control, value) => shown(control, value).toLocaleString('en-GB', { maximumFractionDigits: 6 });

// A figure with its unit: "25%", "12 open cases".
const unitAfter = (c, figure) => {
  if (c.unit === '%') return `${figure}%`;
  if (c.unit.startsWith('£')) return `£${figure}${c.unit.slice(1)}`;
  return `${figure} ${c.unit}`;
};
// The same for the low end of a range: "15 to £55 a day" reads "£15 to £55 a day".
const lowEnd = (c, figure) => (c.unit.startsWith('£') ? `£${figure}` : `${figure}`);

function rangeText(c) {
  if (isLever(c)) return `From ${lowEnd(c, shown(c, c.minimum))} to ${unitAfter(c, shown(c, c.maximum))}; the model as it stands: ${unitAfter(c, shown(c, c.value))}.`;
  const p = c.plausible;
  return p ? `Plausible range: ${lowEnd(c, shown(c, p.low))} to ${unitAfter(c, shown(c, p.high))}${p.source ? ` (${p.source})` : ''}` : '';
}

function controlNode(c, index) {
  const id = `control-${index}`;
  const box = el('div', { class: 'control', 'data-pointer': c.pointer });
  const label = el('label', { for: id }, c.label);
  label.append(el('span', { class: 'unit' }, ` (${c.unit})`));
  const input = el('input', { id, type: 'number', step: 'any', inputmode: 'decimal',
    'aria-describedby': `${id}-range ${id}-rules ${id}-message` });
  if (c.integer) input.setAttribute('step', '1');
  if (isLever(c)) { input.min = String(shown(c, c.minimum)); input.max = String(shown(c, c.maximum)); }
  input.value = shown(c, c.value);
  box.append(label, input);
  if (c.plausible) box.append(bandNode(c, input));
  box.append(el('p', { id: `${id}-range`, class: 'range' }, rangeText(c)));
  box.append(el('p', { id: `${id}-rules`, class: 'rules' }, c.overridden || ''));
  box.append(el('p', { id: `${id}-message`, class: 'message' }));
  input.addEventListener('input', () => { changed(c, true); outOfDate(); });
  state.inputs.set(c.pointer, { control: c, input, box, exact: c.value });
  return box;
}

// The plausible range as a band on a scale running from 0 to twice its top,
// with a mark at the current value (a small gauge beside a field, not a chart).
function bandNode(c, input) {
  const ns = 'http://www.w3.org/2000/svg';
  const shape = (tag, attributes) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  };
  const svg = shape('svg', { viewBox: '0 0 200 14', preserveAspectRatio: 'xMinYMid meet', class: 'band',
    'aria-hidden': 'true' });
  const top = Math.max(c.plausible.high * 2, c.value * 1.5, 1e-9);
  const x = (v) => Math.max(0, Math.min(200, (v / top) * 200));
  const mark = shape('rect', { width: 3, height: 14, class: 'band-mark' });
  svg.append(shape('line', { x1: 0, x2: 200, y1: 7, y2: 7, class: 'band-scale' }),
    shape('rect', { x: x(c.plausible.low), y: 3, height: 8, class: 'band-range',
      width: Math.max(2, x(c.plausible.high) - x(c.plausible.low)) }), mark);
  const place = () => mark.setAttribute('x', x(valueOf(state.inputs.get(c.pointer) || { control: c, input }) || 0) - 1);
  input.addEventListener('input', place);
  input.addEventListener('refresh', place);
  setTimeout(place);
  return svg;
}

// The value in the model's units. A value the page was given (a preset, a
// share the server rebalanced) is kept exact, so that shares still sum to exactly 1.
function valueOf({ control, input, exact }) {
  if (exact !== undefined && input.value === String(shown(control, exact))) return exact;
  return input.value.trim() === '' ? NaN : Number(input.value) / control.shown_as;
}

// kind: 'error' (the what-if cannot run), 'warning' (it can, but look) or ''.
function say(box, text, kind) {
  const message = box.querySelector('.message');
  message.textContent = text ? `${kind === 'error' ? 'Error' : 'Warning'}: ${text}` : '';
  box.classList.toggle('warning', kind === 'warning');
  box.classList.toggle('invalid', kind === 'error');
  box.querySelector('input').setAttribute('aria-invalid', String(kind === 'error'));
}

// Checked on the page: only what cannot be sent at all (an empty field) and the
// plausible range. Everything else (a negative figure, a share over 100%) is
// checked by the server exactly as `pathways validate` does, and shown beside
// the control by its pointer.
function changed(c, byHand) {
  const entry = state.inputs.get(c.pointer);
  const v = valueOf(entry);
  if (Number.isNaN(v)) return say(entry.box, 'enter a number.', 'error');
  if (byHand && c.siblings) state.pending = rebalance(c);
  const p = c.plausible;
  if (p && (v < p.low - 1e-12 || v > p.high + 1e-12))
    return say(entry.box, `outside the plausible range (${lowEnd(c, shown(c, p.low))} to ${unitAfter(c, shown(c, p.high))}); allowed, but less certain.`, 'warning');
  say(entry.box, '', '');
}

// The changed figures (and a share's group, to be rebalanced) as the server
// reads them: {pointer: value}.
function changedValues(also = []) {
  const values = {};
  for (const entry of state.inputs.values()) {
    const v = valueOf(entry);
    if (isLever(entry.control) || entry.input.disabled || Number.isNaN(v)) continue;
    if (also.includes(entry.control.pointer) || Math.abs(v - baseValue(entry.control)) >= 1e-12)
      values[entry.control.pointer] = v;
  }
  return values;
}

// The server's answer to the page's figures: the scenario's patch and every control's figure.
async function whatIf(rebalance) {
  const c = rebalance;
  const body = { patch: state.preset ? state.preset.patch : {},
    values: changedValues(c ? [c.pointer, ...c.siblings] : []), rebalance: c ? c.pointer : null };
  const response = await post('/api/what-if', body);
  const answer = await response.json();
  if (!response.ok) throw Object.assign(new Error(answer.error || `The server answered ${response.status}.`), { said: true });
  return answer;
}

// A routing share changed by hand: the server rescales the other shares of the
// same list and condition so that the group still sums to 100%.
async function rebalance(c) {
  const asked = ++state.asked;
  const answer = await whatIf(c).catch(() => null);
  if (!answer || asked !== state.asked) return;
  for (const p of c.siblings) {
    const o = state.inputs.get(p);
    if (!o || answer.values[p] === undefined) continue;
    o.exact = answer.values[p];
    o.input.value = shown(o.control, o.exact);
    changed(o.control, false);
    o.input.dispatchEvent(new Event('refresh'));
  }
}

function baseValue(c) {
  const p = state.preset;
  return p && p.values[c.pointer] !== undefined ? p.values[c.pointer] : c.value;
}

// A figure's words: "Refugee Next Steps: move-on cases ...", "Temporary accommodation, places".
function figureWords(c) {
  const label = c.label.charAt(0).toLowerCase() + c.label.slice(1);
  return c.section_label === c.label ? c.label : `${c.section_label}${isLever(c) ? ':' : ','} ${label}`;
}

function changeWords(c, v) {
  return `${figureWords(c)}: ${lowEnd(c, reading(c, baseValue(c)))} to ${unitAfter(c, reading(c, v))}`;
}

// Every lever and figure set away from the model as it stands, with its value then and now.
function changesFromModel() {
  const out = [];
  for (const entry of state.inputs.values()) {
    const v = valueOf(entry);
    if (entry.input.disabled || Number.isNaN(v) || Math.abs(v - entry.control.value) < 1e-12) continue;
    out.push({ control: entry.control, from: entry.control.value, to: v });
  }
  return out;
}

// The levers set away from the model's own values, by id.
function leverValues() {
  const levers = {};
  for (const entry of state.inputs.values()) {
    if (!isLever(entry.control)) continue;
    const v = valueOf(entry);
    if (Math.abs(v - entry.control.value) >= 1e-12) levers[entry.control.lever_id] = v;
  }
  return levers;
}

const hasLevers = () => state.model.levers.length > 0;

// The officer's changes as a pathways-scenario/1 document, on top of the
// preset (if any), whose description, source, note and cost it keeps.
async function scenario() {
  await state.pending;
  const preset = state.preset;
  const words = [];
  for (const entry of state.inputs.values()) {
    const v = valueOf(entry);
    if (!entry.input.disabled && Math.abs(v - baseValue(entry.control)) >= 1e-12) words.push(changeWords(entry.control, v));
  }
  const levers = hasLevers() ? leverValues() : null;
  const patch = (await whatIf(null)).patch;
  const name = preset ? (words.length ? `${preset.name}, changed` : preset.name) : 'What-if';
  const description = [preset ? preset.description : '', ...words].filter(Boolean).join('\n');
  const about = {};
  for (const key of ['source', 'note', 'cost']) if (preset && preset[key] !== undefined) about[key] = preset[key];
  const set = levers && Object.keys(levers).length ? { levers } : {};
  return { format: 'pathways-scenario/1', name, description, ...about, patch, ...set };
}

// "Where these figures come from", each source once, with the figures it is for.
function sourcesNode(members) {
  const bySource = new Map();
  for (const c of members) {
    const source = c.source || 'not given';
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(c.label);
  }
  const details = el('details', { class: 'sources' });
  details.append(el('summary', {}, bySource.size > 1 ? 'Where these figures come from' : 'Where this comes from'));
  const list = el('ul');
  for (const [source, labels] of bySource) {
    const item = el('li');
    if (bySource.size > 1) item.append(el('strong', {}, `${labels.join('; ')}: `));
    item.append(document.createTextNode(source));
    list.append(item);
  }
  details.append(list);
  return details;
}

// Controls by the stage, arrival stream or deadline they belong to, in the order first met.
function sections(controls) {
  const out = new Map();
  for (const c of controls) {
    if (!out.has(c.section)) out.set(c.section, { label: c.section_label, members: [] });
    out.get(c.section).members.push(c);
  }
  return [...out.values()];
}

function sectionNode(section, open, next) {
  const details = el('details', { class: 'group' });
  details.open = open;
  details.append(el('summary', {}, section.label));
  const fieldset = el('fieldset');
  fieldset.append(el('legend', { class: 'visually-hidden' }, section.label));
  for (const c of section.members) fieldset.append(controlNode(c, next()));
  details.append(fieldset, sourcesNode(section.members));
  return details;
}

// The model's figures: places, deadlines, times and arrivals by stage, then where people go next, folded.
function figureNodes(next, openMain) {
  const nodes = [];
  const main = sections(state.model.controls.filter((c) => c.group !== 'routing'));
  const best = (s) => Math.min(...s.members.map((c) => rank[c.group] ?? 9));
  main.sort((a, b) => best(a) - best(b));
  for (const s of main) nodes.push(sectionNode(s, openMain && best(s) <= rank.deadlines, next));
  const routing = sections(state.model.controls.filter((c) => c.group === 'routing'));
  if (!routing.length) return nodes;
  const all = el('details', { class: 'routing' });
  const count = routing.reduce((n, s) => n + s.members.length, 0);
  all.append(el('summary', {}, `Where people go next: shares of those leaving each stage (${count})`));
  all.append(el('p', { class: 'note' }, 'Changing one share rescales the others for the same people, so that they still add up to 100%.'));
  for (const s of routing) all.append(sectionNode(s, false, next));
  nodes.push(all);
  return nodes;
}

// A model with levers leads with them, one box an action, open; its own figures fold away below.
function buildControls() {
  const form = document.getElementById('controls');
  let index = 0;
  const next = () => index++;
  if (!hasLevers()) {
    form.append(el('h3', {}, 'Places, deadlines, times and arrivals'), ...figureNodes(next, true));
    return;
  }
  form.append(el('h3', {}, 'What the council can do'));
  form.append(el('p', { class: 'note' }, 'Each action in the model\'s own words and units; the range is what the model allows.'));
  for (const s of sections(state.model.levers)) form.append(sectionNode(s, true, next));
  const figures = el('details', { class: 'figures', id: 'figures' });
  figures.append(el('summary', {}, `The model's own figures (${state.model.controls.length}): places, times, deadlines, arrivals and where people go`));
  figures.append(el('p', { class: 'note' }, 'For what no action above covers, such as more temporary accommodation places or more days\' notice. A figure changed here applies before the actions above, which scale it.'));
  figures.append(...figureNodes(next, false));
  form.append(figures);
}

function openAround(node) {
  for (let d = node.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
}

function showPreset() {
  const box = document.getElementById('preset-about');
  const p = state.preset;
  box.hidden = !p;
  if (!p) return box.replaceChildren();
  const parts = [el('p', {}, p.description || '')];
  if (p.levers && p.levers.length) {
    parts.push(el('p', {}, 'It sets:'));
    const list = el('ul', { class: 'strength' });
    for (const words of p.levers) list.append(el('li', {}, words));
    parts.push(list);
  }
  if (p.cost_words) parts.push(el('p', {}, `The change itself ${p.cost_words}.`));
  if (p.source) parts.push(el('p', { class: 'note' }, `Source: ${p.source}`));
  if (p.note) parts.push(el('p', { class: 'note' }, `Note: ${p.note}`));
  box.replaceChildren(...parts);
}

function applyPreset() {
  const i = document.getElementById('preset').value;
  state.preset = i === '' ? null : state.model.presets[Number(i)];
  showPreset();
  const unavailable = new Set(state.preset ? state.preset.unavailable : []);
  for (const entry of state.inputs.values()) {
    const { control: c, input, box } = entry;
    entry.exact = baseValue(c);
    input.value = shown(c, entry.exact);
    input.disabled = unavailable.has(c.pointer);
    const rules = state.preset && state.preset.overridden[c.pointer] !== undefined
      ? state.preset.overridden[c.pointer] : c.overridden || '';
    box.querySelector('.rules').textContent = input.disabled
      ? `\u201c${state.preset.name}\u201d changes the rules this figure belongs to, so it cannot be set here.` : rules;
    changed(c, false);
    if (state.preset && state.preset.values[c.pointer] !== undefined) openAround(box);
    input.dispatchEvent(new Event('refresh'));
  }
}

// The control a problem's pointer names: its own figure, or the list or item it sits in.
function controlFor(pointer) {
  const all = [...state.inputs.values()];
  const names = (e, p) => e.control.pointer === p || e.control.writes.includes(p);
  return all.find((e) => names(e, pointer)) ||
    all.find((e) => pointer && [e.control.pointer, ...e.control.writes].some((w) => w.startsWith(`${pointer}/`)));
}

function showProblems(problems) {
  for (const { box } of state.inputs.values()) say(box, '', '');
  const general = [];
  const marked = [];
  for (const p of problems) {
    const entry = controlFor(p.pointer);
    if (!entry) { general.push(`${p.pointer || 'the what-if'}: ${p.message}`); continue; }
    say(entry.box, p.message, 'error');
    openAround(entry.box);
    if (!marked.includes(entry)) marked.push(entry);
  }
  const box = document.getElementById('problems');
  box.replaceChildren(el('p', {}, `The what-if cannot run as it stands: ${marked.length + general.length} ${marked.length + general.length === 1 ? 'problem' : 'problems'} to correct.`));
  const list = el('ul');
  for (const entry of marked) {
    const link = el('a', { href: `#${entry.input.id}` }, `${entry.control.section_label}, ${entry.control.label}`);
    link.addEventListener('click', (e) => { e.preventDefault(); entry.input.focus(); });
    const item = el('li');
    item.append(link, document.createTextNode(`: ${entry.box.querySelector('.message').textContent.replace(/^Error: /, '')}`));
    list.append(item);
  }
  for (const g of general) list.append(el('li', {}, g));
  box.append(list);
  box.hidden = false;
  if (marked.length) marked[0].input.focus();
}

async function post(path, document, replications) {
  const query = replications ? `?replications=${encodeURIComponent(replications)}` : '';
  return fetch(path + query, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(document) });
}

// Fields the page itself cannot send (empty ones) stop the run before it starts.
function pageProblems() {
  const empty = [...state.inputs.values()].filter((e) => !e.input.disabled && Number.isNaN(valueOf(e)));
  return empty.map((e) => ({ pointer: e.control.pointer, message: 'enter a number.' }));
}

async function run(confirmed = false) {
  const status = document.getElementById('status');
  const button = document.getElementById('run');
  document.getElementById('problems').hidden = true;
  const local = pageProblems();
  if (local.length) return showProblems(local);
  button.disabled = true;
  status.textContent = 'Running the what-if…';
  const started = performance.now();
  try {
    const what = await scenario();
    const asked = changesFromModel();
    const link = shareLink();
    const response = await post('/api/compare', confirmed ? { ...what, confirm: true } : what,
      document.getElementById('replications').value);
    const body = await response.json();
    if (response.status === 400 && body.problems) { status.textContent = ''; return showProblems(body.problems); }
    if (response.status === 422 && body.confirm) { status.textContent = ''; return askToConfirm(body); }
    if (!response.ok) { status.textContent = body.error || `The server answered ${response.status}.`; return; }
    state.lastScenario = what;
    status.textContent = `Answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    showAnswer(body, asked, link);
  } catch (e) {
    status.textContent = e.said ? e.message : 'The server could not be reached.';
  } finally {
    button.disabled = false;
  }
}

function tableRows(rows) {
  return rows.map((r) => {
    const tr = el('tr', { class: r.clear ? 'clear' : '' });
    tr.append(el('th', { scope: 'row' }, r.label), el('td', {}, r.now), el('td', {}, r.what_if),
      el('td', {}, r.change + (r.clear ? ' (clear)' : '')), el('td', {}, r.interval));
    return tr;
  });
}

// Printed, the table keeps the headline measures and the first changes clear of noise, so
// that question and answer fit two A4 pages; a note says how many figures are left out.
function markPrinted(rows) {
  const kept = 14;
  let count = 0;
  const trs = document.querySelectorAll('#rows tbody tr');
  rows.forEach((r, i) => {
    const printed = r.headline || (r.clear && count < kept);
    if (printed) count += 1;
    trs[i].classList.toggle('not-printed', !printed);
  });
  const left = rows.length - count;
  document.getElementById('rows-printed').textContent = left
    ? `Printed: the model's headline measures and the figures that change clear of noise; ${left} other figures, whose changes are within the noise or beyond the first ${kept}, are on the page and in the report.`
    : '';
}

// A figure far outside its plausible range runs only when the officer says so.
function askToConfirm(body) {
  const box = document.getElementById('problems');
  const list = el('ul');
  for (const c of body.confirm) list.append(el('li', {}, c.words));
  const again = el('button', { type: 'button', id: 'confirm-run' }, 'Run it anyway');
  again.addEventListener('click', () => run(true));
  box.replaceChildren(el('p', {}, 'Is this what you meant? A figure is set far outside what is plausible:'), list,
    el('p', {}, 'Correct it above, or run the what-if as it is.'), again);
  box.hidden = false;
  again.focus();
}

// The question the answer answers: "You changed: ...", each lever or figure from and to.
function showQuestion(changes, replications) {
  const box = document.getElementById('question');
  const parts = [];
  if (state.preset) parts.push(el('p', {}, `Starting from the scenario \u201c${state.preset.name}\u201d.`));
  if (!changes.length) {
    const none = el('p');
    none.append(el('strong', {}, 'You changed nothing:'), ' this is the model as it stands.');
    parts.push(none);
  } else {
    const lead = el('p');
    lead.append(el('strong', {}, 'You changed:'));
    const list = el('ul');
    for (const { control: c, from, to } of changes)
      list.append(el('li', {}, `${figureWords(c)}: from ${lowEnd(c, reading(c, from))} to ${unitAfter(c, reading(c, to))}`));
    parts.push(lead, list);
  }
  parts.push(el('p', { class: 'note' }, `Run ${replications} times (replications), each against the model as it stands on the same random numbers.`));
  box.replaceChildren(...parts);
}

// Any change to the controls after an answer marks it out of date, at once.
function outOfDate() {
  if (!state.answered) return;
  document.getElementById('answer').classList.add('stale');
  document.getElementById('stale').hidden = false;
}

// The what-if in the page's address: the preset, the replications, each lever and figure changed.
function shareLink() {
  const params = new URLSearchParams();
  if (state.preset) params.set('preset', state.preset.file);
  params.set('replications', document.getElementById('replications').value);
  for (const entry of state.inputs.values()) {
    const v = valueOf(entry);
    if (entry.input.disabled || Number.isNaN(v) || Math.abs(v - baseValue(entry.control)) < 1e-12) continue;
    params.set(isLever(entry.control) ? `lever.${entry.control.lever_id}` : `figure.${entry.control.pointer}`, String(v));
  }
  return `${location.origin}${location.pathname}#${params.toString()}`;
}

// Opens a shared what-if: true when the address carried one (the page then runs it).
function openShared() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (![...params.keys()].length) return false;
  const select = document.getElementById('preset');
  const preset = state.model.presets.findIndex((p) => p.file === params.get('preset'));
  if (preset >= 0) { select.value = String(preset); applyPreset(); }
  if (params.get('replications')) document.getElementById('replications').value = params.get('replications');
  for (const [key, value] of params) {
    const pointer = key.startsWith('lever.') ? `/levers/${key.slice(6)}` : key.startsWith('figure.') ? key.slice(7) : null;
    const entry = pointer && state.inputs.get(pointer);
    if (!entry) continue;
    entry.exact = Number(value);
    entry.input.value = shown(entry.control, entry.exact);
    changed(entry.control, false);
    openAround(entry.box);
    entry.input.dispatchEvent(new Event('refresh'));
  }
  return true;
}

async function copyLink() {
  const link = document.getElementById('share-link').href;
  const status = document.getElementById('download-status');
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'The link is copied: paste it in a message or a note.';
  } catch {
    status.textContent = 'Copy the link from the address bar: it now holds this what-if.';
  }
}

// The verdict's lines as paragraphs, its "• " lines as a list; the last line says what the intervals cover.
function showVerdict(verdict) {
  const parts = [];
  const lines = verdict.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('\u2022 ')) {
      parts.push(el('p', { class: i === lines.length - 1 && i > 0 ? 'note' : '' }, line));
      return;
    }
    if (!parts.length || parts[parts.length - 1].tagName !== 'UL') parts.push(el('ul'));
    parts[parts.length - 1].append(el('li', {}, line.slice(2)));
  });
  document.getElementById('verdict').replaceChildren(...parts);
}

function showAnswer(body, changes, link) {
  const view = body.view;
  showQuestion(changes, view.replications);
  const warnings = document.getElementById('warnings');
  warnings.replaceChildren(...(view.warnings || []).map((w) => el('p', {}, `Warning: this what-if ${w}.`)));
  warnings.hidden = !(view.warnings || []).length;
  state.answered = true;
  document.getElementById('answer').classList.remove('stale');
  document.getElementById('stale').hidden = true;
  document.getElementById('share-link').href = link;
  document.getElementById('share-url').textContent = link;
  history.replaceState(null, '', link);
  showVerdict(view.verdict);
  document.getElementById('table').textContent = view.table;
  document.querySelector('#outcomes tbody').replaceChildren(...tableRows(view.outcomes.map((o) => ({
    label: o.label, clear: o.clear, now: o.words.now, what_if: o.words.what_if,
    change: o.words.change, interval: o.words.interval }))));
  document.querySelector('#rows tbody').replaceChildren(...tableRows(view.rows));
  markPrinted(view.rows);
  const img = document.getElementById('diagram');
  img.src = view.diagram_svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.diagram_svg)}` : '';
  img.alt = `The pathway diagram with the what-if's changes: ${view.verdict.replace(/\n(\u2022 )?/g, ' ')}`;
  const answer = document.getElementById('answer');
  answer.hidden = false;
  drawOutcomes(view.outcomes);
  answer.focus();
}

// Paired bars, now and with the what-if, one pair an outcome, drawn by the
// report's own chart library with Vega's interpreter (no eval, so the page's
// Content-Security-Policy holds). Without the library the table says it all.
function drawOutcomes(outcomes) {
  const box = document.getElementById('outcomes-chart');
  // The interpreter's build adds vega.expressionInterpreter.
  if (typeof vegaEmbed !== 'function' || !vega.expressionInterpreter) { box.hidden = true; return; }
  const values = outcomes.flatMap((o) => [
    { outcome: o.label, when: 'Now', share: o.before },
    { outcome: o.label, when: 'With the what-if', share: o.after }]);
  const width = Math.max(240, box.clientWidth || 600);
  const spec = {
    width: 'container',
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'outcome', type: 'nominal', sort: null, title: null,
        axis: { labelLimit: Math.round(width * 0.45), labelFontSize: 13 } },
      yOffset: { field: 'when', sort: ['Now', 'With the what-if'] },
      x: { field: 'share', type: 'quantitative', title: 'Share of households', axis: { format: '.0%' } },
      color: { field: 'when', title: null, sort: ['Now', 'With the what-if'],
        scale: { range: ['#8c8c8c', '#1d4f91'] }, legend: { orient: 'top', labelFontSize: 13 } },
    },
    config: { view: { stroke: null }, axis: { titleFontSize: 13 } },
  };
  box.hidden = false;
  vegaEmbed(box, spec, { mode: 'vega-lite', renderer: 'svg', actions: false, tooltip: false, defaultStyle: false,
    ast: true, expr: vega.expressionInterpreter }).catch((e) => { box.hidden = true; console.warn(e); });
}

function download(name, blob) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

async function downloadScenario() {
  const what = state.lastScenario || await scenario();
  download('what-if.json', new Blob([`${JSON.stringify(what, null, 2)}\n`], { type: 'application/json' }));
}

async function downloadReport() {
  const status = document.getElementById('download-status');
  status.textContent = 'Writing the report…';
  const response = await post('/api/report', state.lastScenario || await scenario());
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
  document.getElementById('replications-help').textContent =
    `More replications: a surer answer, more slowly; at most ${state.model.max_replications}.`;
  const select = document.getElementById('preset');
  const actions = el('optgroup', { label: 'Actions: scenarios that set the levers' });
  const others = el('optgroup', { label: hasLevers() ? 'Other scenarios: changes to the model\'s figures' : 'Scenarios' });
  state.model.presets.forEach((p, i) => (p.levers && p.levers.length ? actions : others)
    .append(el('option', { value: String(i) }, p.name)));
  for (const group of [actions, others]) if (group.children.length) select.append(group);
  select.addEventListener('change', () => { applyPreset(); outOfDate(); });
  document.getElementById('replications').addEventListener('input', outOfDate);
  buildControls();
  document.getElementById('run').addEventListener('click', () => run());
  document.getElementById('reset').addEventListener('click', () => { select.value = ''; applyPreset(); outOfDate(); });
  document.getElementById('copy-link').addEventListener('click', copyLink);
  document.getElementById('print').addEventListener('click', () => window.print());
  document.getElementById('download-scenario').addEventListener('click', downloadScenario);
  document.getElementById('download-report').addEventListener('click', downloadReport);
  document.getElementById('diagram-size').addEventListener('click', (e) => {
    const full = document.getElementById('diagram-box').classList.toggle('full');
    e.target.setAttribute('aria-pressed', String(full));
    e.target.textContent = full ? 'Fit the diagram to the page' : 'Show the diagram at full size';
  });
  document.getElementById('controls').addEventListener('submit', (e) => { e.preventDefault(); run(); });
  if (openShared()) run();
}

start();
