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
import { exportPng, exportCsv, exportJson, flowRows } from './export.js';
import { basisLabel, learnBasisLabels } from './labels.js';
import { watchDemoData } from './demo-status.js';

const $ = (id) => document.getElementById(id);
const summary = $('summary');

let state = readState();
let model = emptyModel();
let visible = { nodes: [], edges: [] };
let loading = 0;

function emptyModel() {
  return { start: null, title: '', asOf: '', nodes: new Map(), edges: new Map(), truncated: false, omitted: 0, note: '' };
}

const view = new GraphView($('network'), {
  onNode: (id) => selectNode(id),
  onEdge: (id) => selectEdge(id),
  onBackground: () => panel.close(),
});

const panel = new Panel($('panel'), {
  onTraceFrom: (node) => pickStart(node),
  onExpand: (node, throughHub) => expand(node.id, throughHub),
  onClose: () => { view.select(null); state.sel = null; writeState(state); },
  onShowNode: (id) => selectNode(id, panel.returnFocus ?? $('search-text')),
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
    Object.assign(state, { view: 'trace', start: node.id, open: [], sel: null });
  }
  writeState(state, { push: true });
  load();
}

async function load() {
  const ticket = ++loading;
  const selected = state.sel;
  panel.close();
  state.sel = selected;
  markTabs();
  summary.textContent = '読み込み中…';
  const caps = await api.serverCapabilities();
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
  if (state.sel) reopenSelection();
}

async function loadTrace(caps) {
  const next = emptyModel();
  const start = await api.node(state.start);
  if (!start) {
    next.note = `起点 ${state.start} が見つかりません。`;
    return next;
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
  const drawn = view.draw(visible, model.start, { fit });
  renderFlowTable($('flow-rows'), $('flow-caption'), visible, model.nodes, (edgeId, button) => selectEdge(edgeId, button));
  filters.render(state, model);
  const parts = [];
  if (model.title) parts.push(`${state.view === 'basis' ? '法令根拠' : '起点'}: ${model.title}`);
  if (model.nodes.size) {
    parts.push(`点 ${drawn.nodes}・流れ ${drawn.edges} を表示${drawn.nodes < model.nodes.size || drawn.edges < model.edges.size ? `（読み込み済み 点 ${model.nodes.size}・流れ ${model.edges.size}）` : ''}`);
  }
  if (model.asOf) parts.push(`${model.asOf} 時点`);
  if (model.truncated) parts.push(`上限に達したため ${model.omitted || '一部の'} 件を省略しています`);
  if (drawn.large) parts.push('点が多いため配置を簡略化しています');
  if (model.note) parts.push(model.note);
  summary.textContent = parts.join('。') || '表示するものがありません。';
  window.lineage.lastRedrawMs = Math.round(performance.now() - t0);
  window.lineage.drawn = drawn;
  window.lineage.ready = true;
}

async function selectNode(id, returnFocus) {
  const n = model.nodes.get(id);
  if (!n) return;
  state.sel = id;
  writeState(state);
  view.select('node', id);
  panel.showNode(n, { isStart: id === model.start, expanded: state.open.includes(id), returnFocus });
  const caps = await api.serverCapabilities();
  // Clicking a node shows its neighbours too; national hubs wait for the explicit button.
  if (caps.has('trace') && id !== model.start && !n.hub && !state.open.includes(id) && n.kind !== 'LEGAL_BASIS') {
    await expand(id, false);
  }
}

async function selectEdge(id, returnFocus) {
  const edge = model.edges.get(id);
  if (!edge) return;
  state.sel = id;
  writeState(state);
  view.select('edge', id);
  panel.showEdge(edge, model.nodes, { returnFocus });
  window.lineage.panelEdge = id;
  try {
    const full = await api.flowDetails(edge);
    model.edges.set(id, full);
    if (state.sel === id) panel.showEdge(full, model.nodes, { returnFocus });
  } catch {
    // The panel already shows what the trace said; details are a bonus.
  }
}

function reopenSelection() {
  if (model.edges.has(state.sel)) selectEdge(state.sel);
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

$('fit').addEventListener('click', () => view.network.fit({ animation: false }));
$('export-png').addEventListener('click', async () => {
  window.lineage.lastExport = await exportPng(view.canvas(), subject());
});
$('export-csv').addEventListener('click', async () => {
  await learnBasisLabels(visible.edges.flatMap((e) => e.basis));
  window.lineage.lastExport = exportCsv(flowRows(visible, model.nodes), subject());
});
$('export-json').addEventListener('click', async () => {
  await learnBasisLabels(visible.edges.flatMap((e) => e.basis));
  window.lineage.lastExport = exportJson(flowRows(visible, model.nodes), subject(), {
    view: state.view, start: state.start, legalBasis: state.law, filters: { ...state, sel: undefined }, url: window.location.href,
  });
});

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
  selectEdge: (id) => selectEdge(id),
  selectNode: (id) => selectNode(id),
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
