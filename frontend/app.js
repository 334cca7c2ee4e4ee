// Wires the explorer together: search → trace → picture, table, panel, filters, exports, and the
// address bar that keeps the state.

import * as api from './queries.js';
import { readState, writeState, DIRECTIONS } from './state.js';
import { GraphView, applyFilters } from './graph-view.js';
import { setupSearch, START_KINDS } from './search.js';
import { Panel } from './panel.js';
import { Filters } from './filters.js';
import { renderLegend } from './legend.js';
import { renderFlowTable } from './table.js';
import { exportCsv, exportJson, flowRows, download, fileName } from './export.js';
import { exportWholePng } from './export-png.js';
import { setupKeyboard } from './keyboard.js';
import { basisLabel, learnBasisLabels } from './labels.js';
import { aggregate, statements, statementKey, groupId } from './aggregate.js';
import { missingCounts, missingText } from './missing.js';
import { rememberDocumentTitles, knownDate } from './words.js';
import { watchDemoData } from './demo-status.js';

const $ = (id) => document.getElementById(id);
const summary = $('summary');

let state = readState();
let model = emptyModel();
let visible = { nodes: [], edges: [] };
let picture = { nodes: [], edges: [], groups: [], alias: new Map() };
let listed = [];
let loading = 0;

function emptyModel() {
  return { start: null, title: '', asOf: '', nodes: new Map(), edges: new Map(), truncated: false, omitted: 0, note: '' };
}

const view = new GraphView($('network'), {
  onNode: (id) => clickNode(id),
  onEdge: (id) => selectPair(id),
  onBackground: () => panel.close(),
  onView: (v) => { state.v = v; writeState(state); },
  onHoverEdge: (id) => {
    const pair = picture.edges.find((p) => p.id === id);
    if (!pair) return;
    const path = new Set([id]);
    for (const key of pair.statements) pathOf(key).forEach((p) => path.add(p));
    view.highlight([...path]);
  },
});

const panel = new Panel($('panel'), {
  onTraceFrom: (node) => pickStart(node),
  onExpand: (node, throughHub) => expand(node.id, throughHub),
  onClose: () => { view.select(null); state.sel = null; writeState(state); },
  onShowNode: (id) => selectNode(id, panel.returnFocus ?? $('search-text')),
  onStatement: (key) => selectEdge(key, panel.returnFocus ?? $('search-text')),
  onToggleGroup: (id) => toggleGroup(id),
});

const filters = new Filters($('filters'), (change, { server }) => {
  Object.assign(state, change);
  writeState(state);
  if (server) load(); else redraw();
});

renderLegend($('legend'));

const search = setupSearch({
  input: $('search-text'),
  list: $('suggestions'),
  status: $('search-status'),
  kinds: () => (state.view === 'basis' ? ['LEGAL_BASIS'] : START_KINDS),
  onPick: (node) => pickStart(node),
});

function pickStart(node) {
  if (node.kind === 'LEGAL_BASIS') {
    const key = node.properties.find((p) => p.key === 'key')?.value ?? node.id.replace(/^LegalBasis:/, '');
    Object.assign(state, { view: 'basis', law: key, start: null, open: [], sel: null, basis: '' });
  } else {
    Object.assign(state, { view: 'trace', start: node.id, open: [], grp: [], all: [], sel: null, v: '' });
  }
  writeState(state, { push: true });
  load();
}

let titlesAsked = null;

async function load() {
  const ticket = ++loading;
  // 評価書名 for the panel's and exports' sources, asked once per page.
  titlesAsked ??= api.assessmentVersions().then(rememberDocumentTitles).catch(() => {});
  await titlesAsked;
  const selected = state.sel;
  panel.close();
  state.sel = selected;
  markTabs();
  summary.textContent = '読み込み中…';
  const caps = await api.serverCapabilities();
  filters.limitHops((await api.limits()).traceMaxHops);
  let next = emptyModel();
  try {
    if (state.view === 'basis') {
      next = await loadBasis(caps);
    } else if (state.start) {
      next = await loadTrace(caps);
    } else {
      next.note = '左の検索欄で起点（システム・ファイルなど）を選ぶと、個人番号の流れを描きます。';
    }
  } catch (error) {
    next.note = `読み込めませんでした: ${error.message}`;
  }
  if (ticket !== loading) return;
  model = next;
  redraw();
  // A deep link that carries a view reopens at that zoom and place.
  if (state.v) view.restoreView(state.v);
  if (state.sel) reopenSelection();
}

async function loadTrace(caps) {
  const next = emptyModel();
  let start = await api.node(state.start);
  if (!start) {
    next.note = `起点 ${state.start} が見つかりません。`;
    return next;
  }
  // A statement (from a finding's 「探索で開く」): open its file's trace with the statement selected.
  const file = start.kind === 'FLOW' ? start.properties.find((p) => p.key === 'file')?.value : null;
  if (file) {
    const fileNode = await api.node(`PersonalInfoFile:${file}`);
    if (fileNode) {
      state.sel = start.id;
      state.start = fileNode.id;
      writeState(state);
      start = fileNode;
    }
  }
  next.start = start.id;
  next.title = start.name;
  if (!$('search-text').value) $('search-text').value = start.name;
  if (!caps.has('trace')) {
    next.nodes.set(start.id, { ...start, hops: 0 });
    next.note = 'このサーバーはまだ流れの追跡（trace）に対応していないため、起点だけを表示しています。';
    return next;
  }
  merge(next, await api.trace({ from: start.id, direction: DIRECTIONS[state.dir], maxHops: state.hops, asOf: state.asOf }), 0);
  if (!next.nodes.has(start.id)) next.nodes.set(start.id, { ...start, hops: 0 });
  for (const id of state.open) {
    if (!next.nodes.has(id)) continue;
    const hub = next.nodes.get(id).hub;
    merge(next, await api.trace({ from: id, direction: 'BOTH', maxHops: 1, asOf: state.asOf, expand: hub ? [id] : [] }), next.nodes.get(id).hops ?? 0);
  }
  return next;
}

async function loadBasis(caps) {
  const next = emptyModel();
  if (!state.law) {
    next.note = '法令根拠（例: 別表第二 27）を検索して選ぶと、その根拠による流れをすべて表示します。';
    return next;
  }
  await learnBasisLabels([state.law]);
  next.title = basisLabel(state.law);
  if (!caps.has('flows')) {
    next.note = 'このサーバーはまだ流れの一覧（flows）に対応していません。';
    return next;
  }
  const found = await api.flows({ legalBasis: state.law });
  merge(next, found, 0);
  return next;
}

function merge(target, graph, baseHops) {
  for (const n of graph.nodes) {
    const known = target.nodes.get(n.id);
    const hops = n.hops == null ? null : n.hops + baseHops;
    if (!known) target.nodes.set(n.id, { ...n, hops });
    else if (hops != null && (known.hops == null || hops < known.hops)) known.hops = hops;
  }
  for (const e of graph.edges) if (!target.edges.has(e.id)) target.edges.set(e.id, e);
  if (graph.asOf && !target.asOf) target.asOf = graph.asOf;
  target.truncated = target.truncated || graph.truncated;
  target.omitted += graph.omitted ?? 0;
}

async function expand(id, throughHub) {
  const caps = await api.serverCapabilities();
  if (!caps.has('trace')) return;
  const node = model.nodes.get(id);
  try {
    merge(model, await api.trace({ from: id, direction: 'BOTH', maxHops: 1, asOf: state.asOf, expand: throughHub ? [id] : [] }), node?.hops ?? 0);
  } catch (error) {
    summary.textContent = `ひろげられませんでした: ${error.message}`;
    return;
  }
  if (!state.open.includes(id)) state.open.push(id);
  writeState(state);
  redraw({ fit: false });
  view.select('node', id);
}

function redraw({ fit = true } = {}) {
  const t0 = performance.now();
  visible = applyFilters(model, state);
  picture = aggregate(visible, model.start, { open: state.grp, showAll: state.all });
  const names = new Map([...model.nodes.values()].map((n) => [n.id, n.name]));
  const drawn = view.draw(picture, model.start, { fit, names });
  listed = statements(visible);
  renderFlowTable($('flow-rows'), $('flow-caption'), listed, model.nodes, (key, button) => selectEdge(key, button));
  filters.render(state, model);
  const network = $('network');
  network.dataset.nodes = String(drawn.nodes);
  network.dataset.edges = String(drawn.edges);
  network.dataset.flows = String(listed.length);
  const parts = [];
  if (model.title) parts.push(`${state.view === 'basis' ? '法令根拠' : '起点'}: ${model.title}`);
  if (model.nodes.size) {
    const folded = picture.groups.filter((g) => !g.open).length;
    parts.push(`記載 ${listed.length} 件を 点 ${drawn.nodes}・線 ${drawn.edges} で表示${folded ? `（まとめた受け手 ${folded} か所: クリックで開く）` : ''}`);
  }
  const missing = missingCounts(model);
  $('summary-missing').textContent = missing.length ? `評価書の件数と読み取れた記載 — ${missingText(missing)}` : '';
  $('summary-missing').hidden = !missing.length;
  if (knownDate(model.asOf)) parts.push(`${knownDate(model.asOf)} 時点`);
  if (model.truncated) parts.push(`上限に達したため ${model.omitted || '一部の'} 件を省略しています`);
  if (drawn.large) parts.push('点が多いため配置を簡略化しています');
  if (model.note) parts.push(model.note);
  summary.textContent = parts.join('。') || '表示するものがありません。';
  window.lineage.lastRedrawMs = Math.round(performance.now() - t0);
  window.lineage.drawn = drawn;
  window.lineage.ready = true;
}

/** The hops of one statement, in route order. */
function hopsOf(key) {
  return listed.find((s) => s.key === key)?.hops ?? [];
}

/** The drawn edges a statement runs along: its path in the picture. */
function pathOf(key) {
  return picture.edges.filter((p) => p.statements.has(key)).map((p) => p.id);
}

function clickNode(id) {
  const drawnNode = picture.nodes.find((n) => n.id === id);
  if (drawnNode?.kind === 'GROUP') {
    toggleGroup(drawnNode.group.id, { select: true });
    return;
  }
  if (drawnNode?.kind === 'MORE') {
    if (!state.all.includes(drawnNode.group.id)) state.all.push(drawnNode.group.id);
    writeState(state);
    redraw({ fit: false });
    panel.showGroup(drawnNode.group, model.nodes, { open: true });
    return;
  }
  selectNode(id);
}

/** Shows a group's recipients one by one, or folds them back into one node. */
function toggleGroup(id, { select = false } = {}) {
  const opening = !state.grp.includes(id);
  state.grp = opening ? [...state.grp, id] : state.grp.filter((g) => g !== id);
  if (!opening) state.all = state.all.filter((g) => g !== id);
  writeState(state);
  redraw({ fit: false });
  const group = picture.groups.find((g) => g.id === id);
  if (group && (select || panel.isOpen)) panel.showGroup(group, model.nodes, { open: opening });
  // The opened members stand where the group stood: bring them into view.
  if (group && opening) view.focus(group.members[0].id);
  if (!opening) view.select('node', id);
}

/** A drawn edge: its statements in the panel, and every drawn edge they run along highlighted. */
function selectPair(id, returnFocus) {
  const pair = picture.edges.find((p) => p.id === id);
  if (!pair) return;
  // One statement behind the line: show it straight away, with its source text.
  if (pair.count === 1) {
    selectEdge([...pair.statements][0], returnFocus);
    return;
  }
  state.sel = id;
  writeState(state);
  const path = new Set([id]);
  for (const key of pair.statements) pathOf(key).forEach((p) => path.add(p));
  view.select('edge', [...path]);
  panel.showPair(pair, model.nodes, hopsOf, { returnFocus });
  window.lineage.panelEdge = id;
}

async function selectNode(id, returnFocus) {
  const n = model.nodes.get(id);
  if (!n) return;
  // A recipient folded into a group or behind 「ほか N 件」: show its group one by one first.
  const folded = picture.alias.get(id);
  if (folded) {
    const group = picture.groups.find((g) => folded === g.id || folded === `more:${g.id}`);
    if (group && !state.grp.includes(group.id)) state.grp.push(group.id);
    if (group && !state.all.includes(group.id)) state.all.push(group.id);
    redraw({ fit: false });
  }
  state.sel = id;
  writeState(state);
  view.select('node', id);
  panel.showNode(n, { isStart: id === model.start, expanded: state.open.includes(id), returnFocus, missing: missingCounts(model).filter((r) => r.file === id) });
  const caps = await api.serverCapabilities();
  // Clicking a node shows its neighbours too; national hubs wait for the explicit button.
  if (caps.has('trace') && id !== model.start && !n.hub && !state.open.includes(id) && n.kind !== 'LEGAL_BASIS') {
    await expand(id, false);
  }
}

/** One statement (by its key, or by any of its hops' ids): its path highlighted and its details with the source text. */
async function selectEdge(id, returnFocus) {
  const key = model.edges.has(id) ? statementKey(model.edges.get(id)) : id;
  const hops = hopsOf(key);
  if (!hops.length) {
    if (picture.edges.some((p) => p.id === id)) selectPair(id, returnFocus);
    return;
  }
  const edge = hops[hops.length - 1];
  state.sel = edge.id;
  writeState(state);
  const path = pathOf(key);
  view.select('edge', path);
  // The line that reaches the recipient: the one a table row is about.
  const reaching = picture.edges.find((p) => path.includes(p.id) && p.members.includes(edge));
  if (reaching) view.reveal(reaching.id);
  panel.showEdge(edge, model.nodes, { returnFocus });
  window.lineage.panelEdge = edge.id;
  window.lineage.panelStatement = key;
  try {
    const full = await api.flowDetails(edge);
    model.edges.set(edge.id, full);
    if (state.sel === edge.id) panel.showEdge(full, model.nodes, { returnFocus });
  } catch {
    // The panel already shows what the trace said; details are a bonus.
  }
}

function reopenSelection() {
  if (picture.edges.some((p) => p.id === state.sel)) selectPair(state.sel);
  else if (model.edges.has(state.sel) || listed.some((st) => st.key === state.sel)) selectEdge(state.sel);
  else if (model.nodes.has(state.sel)) {
    const n = model.nodes.get(state.sel);
    view.select('node', n.id);
    panel.showNode(n, { isStart: n.id === model.start, expanded: state.open.includes(n.id) });
  }
}

/** In the by-legal-basis view, the catalog's items that have flows, each a button. */
async function showBasisPicker() {
  const section = $('basis-picker');
  section.hidden = state.view !== 'basis';
  if (section.hidden || section.dataset.loaded) return;
  try {
    const bases = await api.basesWithFlows();
    section.dataset.loaded = 'yes';
    if (!bases.length) { section.hidden = true; return; }
    $('basis-items').replaceChildren(...bases.map((b) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = `${basisLabel(b.key)}（${b.flowCount} 件）`;
      if (b.title) button.title = b.title;
      button.addEventListener('click', () => {
        Object.assign(state, { view: 'basis', law: b.key, start: null, open: [], sel: null });
        writeState(state, { push: true });
        load();
      });
      li.append(button);
      return li;
    }));
  } catch {
    section.hidden = true;
  }
}

function markTabs() {
  showBasisPicker();
  $('tab-trace').toggleAttribute('aria-current', state.view === 'trace');
  $('tab-basis').toggleAttribute('aria-current', state.view === 'basis');
  if (state.view === 'trace') $('tab-trace').setAttribute('aria-current', 'page');
  else $('tab-basis').setAttribute('aria-current', 'page');
  $('search-label').textContent = state.view === 'basis'
    ? '法令根拠を探す（例: 別表第二、第19条）'
    : '起点を探す（システム・ファイル・組織・部署・委託先・法令根拠）';
}

function subject() {
  return state.view === 'basis' ? state.law : (model.title || state.start);
}

$('fit').addEventListener('click', () => { view.fitted = null; view.restored = null; view.network.fit({ animation: false }); view.viewChanged(); });
/** The statements in view with the Flow details the trace leaves out, for exports. */
async function exportRows() {
  await learnBasisLabels(listed.flatMap((st) => st.last?.basis ?? []));
  let details = new Map();
  try {
    details = await api.flowDetailsMany(listed.map((st) => st.last));
  } catch {
    // Exports still list every statement with what the trace gave.
  }
  return flowRows(listed, model.nodes, details);
}

$('export-png').addEventListener('click', async () => {
  window.lineage.lastExport = await exportWholePng(view, { title: `個人番号の流れ — ${subject() ?? ''}`, subtitle: summary.textContent },
    download, fileName(subject(), 'png'));
});
$('export-csv').addEventListener('click', async () => {
  window.lineage.lastExport = exportCsv(await exportRows(), subject());
});
$('export-json').addEventListener('click', async () => {
  window.lineage.lastExport = exportJson(await exportRows(), subject(), {
    view: state.view, start: state.start, legalBasis: state.law, filters: { ...state, sel: undefined }, url: window.location.href,
  });
});
$('export-report').addEventListener('click', () => {
  const url = new URL('/report.html', window.location.href);
  url.search = window.location.search;
  window.open(url.toString(), '_blank', 'noopener');
});

setupKeyboard($('network'), view);

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && panel.isOpen) {
    event.preventDefault();
    panel.close();
  }
});

for (const tab of [$('tab-trace'), $('tab-basis')]) {
  tab.addEventListener('click', (event) => {
    event.preventDefault();
    state = readState(tab.href);
    writeState(state, { push: true });
    load();
  });
}

window.addEventListener('popstate', () => {
  state = readState();
  load();
});

// For tests and for people exploring in the browser console.
window.lineage = {
  view,
  get network() { return view.network; },
  get nodes() { return view.nodes; },
  get edges() { return view.edges; },
  get model() { return model; },
  get state() { return state; },
  visible: () => visible,
  picture: () => picture,
  statements: () => listed,
  boxes: () => view.boxes(),
  selectEdge: (id) => selectEdge(id),
  selectPair: (id) => selectPair(id),
  selectNode: (id) => selectNode(id),
  clickNode: (id) => clickNode(id),
  focusNode: (id) => view.focus(id),
  /** Opens groups (and lifts their caps when `all`), as clicks would; answers what is drawn. */
  openGroups(ids, all = false) {
    state.grp = [...new Set([...state.grp, ...ids])];
    if (all) state.all = [...new Set([...state.all, ...ids])];
    writeState(state);
    redraw({ fit: false });
    return window.lineage.drawn;
  },
  /** The drawn edge a hop of the model is part of. */
  drawnEdgeOf: (hopId) => picture.edges.find((p) => p.members.some((m) => m.id === hopId))?.id ?? null,
  groupId,
  /** Shows a graph given as { start, nodes: [...], edges: [...] } in the page's model. */
  show(graph) {
    model = emptyModel();
    model.start = graph.start ?? null;
    model.title = graph.title ?? '';
    merge(model, { nodes: graph.nodes, edges: graph.edges, truncated: false, omitted: 0 }, 0);
    redraw();
    return window.lineage.drawn;
  },
  ready: false,
};

load();
if (state.q) search.run(state.q);
// On first start the demo data arrives after the page: when it has, ask again for what is shown.
watchDemoData($('demo-status'), () => {
  load();
  const text = $('search-text').value.trim();
  if (text) search.run(text);
});
