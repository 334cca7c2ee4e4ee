// The drawing: a vis-network canvas fed from the page's model through the current filters.
// Small graphs get vis-network's hierarchical left-to-right layout; large ones (more than
// LARGE_GRAPH nodes) get positions computed here in one pass, with physics off, so that 2,000
// nodes draw in well under a second and the page stays usable.

import { nodeStyle, flowStyle } from './styles.js';
import { edgeLabel, truncate } from './labels.js';

export const LARGE_GRAPH = 300;
const COLUMN_HEIGHT = 60;
const FONT = '"Noto Sans CJK JP", "Noto Sans JP", sans-serif';

/** Which edges of the model the filters let through. */
export function applyFilters(model, filters) {
  const edges = [];
  for (const edge of model.edges.values()) {
    if (filters.kind.length && !filters.kind.includes(edge.kind)) continue;
    if (filters.method.length && !edge.methods.some((m) => filters.method.includes(m))) continue;
    if (filters.basis && !edge.basis.includes(filters.basis)) continue;
    if (filters.mn && !edge.myNumber) continue;
    if (filters.muni) {
      const ends = [model.nodes.get(edge.from), model.nodes.get(edge.to)];
      const own = edge.municipality ?? ends.find((n) => n?.municipality)?.municipality;
      if (own !== filters.muni) continue;
    }
    edges.push(edge);
  }
  const ids = new Set();
  if (model.start && model.nodes.has(model.start)) ids.add(model.start);
  for (const edge of edges) {
    ids.add(edge.from);
    ids.add(edge.to);
  }
  const nodes = [...ids].map((id) => model.nodes.get(id)).filter(Boolean);
  const known = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => known.has(e.from) && known.has(e.to)) };
}

/**
 * Left-to-right levels: the start at 0, what it sends to at +1…, what it receives from at -1….
 * Nodes not reached from the start (a flows view) are levelled from their own sources.
 */
export function levels(nodes, edges, start) {
  const level = new Map();
  const out = new Map();
  const inc = new Map();
  for (const e of edges) {
    if (!out.has(e.from)) out.set(e.from, []);
    if (!inc.has(e.to)) inc.set(e.to, []);
    out.get(e.from).push(e.to);
    inc.get(e.to).push(e.from);
  }
  const roots = start && nodes.some((n) => n.id === start) ? [start] : [];
  for (const n of nodes) if (!inc.has(n.id) && n.id !== start) roots.push(n.id);
  for (const n of nodes) roots.push(n.id);
  for (const root of roots) {
    if (level.has(root)) continue;
    level.set(root, 0);
    const queue = [root];
    while (queue.length) {
      const id = queue.shift();
      const here = level.get(id);
      for (const next of out.get(id) ?? []) {
        if (!level.has(next)) { level.set(next, here + 1); queue.push(next); }
      }
      for (const prev of inc.get(id) ?? []) {
        if (!level.has(prev)) { level.set(prev, here - 1); queue.push(prev); }
      }
    }
  }
  return level;
}

function visNode(node, { start, level, large, manyPlaces }) {
  const style = nodeStyle(node.kind);
  const isStart = node.id === start;
  // Two municipalities both have a 住民基本台帳ファイル: name the place when the picture mixes them.
  const place = manyPlaces && node.municipality && !node.name.includes(node.municipality) ? `\n（${node.municipality}）` : '';
  return {
    id: node.id,
    label: truncate(node.name, large ? 14 : 20) + (large ? '' : place),
    title: `${style.label}: ${node.name}${node.municipality ? `（${node.municipality}）` : ''}${node.hub ? '（全国共通の中継点）' : ''}`,
    shape: style.shape,
    level,
    color: {
      background: style.color,
      border: isStart ? '#111111' : node.hub ? '#333333' : style.color,
      highlight: { background: style.color, border: '#f0a500' },
    },
    borderWidth: isStart ? 4 : node.hub ? 3 : 1,
    size: 16,
    shapeProperties: node.hub ? { borderDashes: [6, 3] } : {},
    font: { color: ['box', 'ellipse', 'database', 'circle'].includes(style.shape) ? style.font : '#1f2933', face: FONT, size: isStart ? 16 : 13 },
  };
}

function visEdge(edge, parallelIndex, large) {
  const style = flowStyle(edge.kind);
  const label = edgeLabel(edge);
  const curve = parallelIndex === 0 ? false
    : { enabled: true, type: parallelIndex % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.2 * Math.ceil(parallelIndex / 2) };
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    label: large ? undefined : label,
    title: `${edge.step && edge.step !== edge.kind ? `${edge.step}（${edge.kind ?? '流れ'}）` : (edge.kind ?? '流れ')}${label ? `: ${label}` : ''}${edge.myNumber ? '（個人番号を含む）' : ''}`
      + (edge.derived ? `\n評価書に書かれていない経路: 全国共通の仕組み「${edge.evidence.rule ?? edge.evidence.ruleId}」から補っています` : ''),
    arrows: 'to',
    color: { color: style.color, highlight: '#f0a500', hover: style.color },
    width: edge.myNumber ? 3.5 : 1.2,
    // Hops a rule completes are never drawn like written ones: dotted, whatever they carry.
    dashes: edge.derived ? [2, 6] : edge.myNumber ? false : [5, 4],
    smooth: large ? false : curve,
    font: { face: FONT, size: 12, color: '#1f2933', strokeWidth: 4, strokeColor: '#ffffff', align: 'middle' },
  };
}

export class GraphView {
  constructor(container, handlers) {
    this.handlers = handlers;
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.large = false;
    this.lastDrawMs = 0;
    this.network = new vis.Network(container, { nodes: this.nodes, edges: this.edges }, this.options(false));
    this.network.on('click', (params) => {
      if (params.nodes.length) handlers.onNode(params.nodes[0]);
      else if (params.edges.length) handlers.onEdge(params.edges[0]);
      else handlers.onBackground();
    });
  }

  options(large, count = 0) {
    // Crossing minimisation and block shifting are what make the hierarchical layout slow; they
    // pay off only on small pictures.
    const careful = count <= 100;
    return {
      autoResize: true,
      physics: false,
      layout: large
        ? { hierarchical: false, improvedLayout: false }
        : { hierarchical: { enabled: true, direction: 'LR', levelSeparation: 300, nodeSpacing: 110, treeSpacing: 120, blockShifting: careful, edgeMinimization: careful, parentCentralization: careful } },
      interaction: { hover: !large, tooltipDelay: 200, keyboard: { enabled: true, bindToWindow: false }, multiselect: false, hideEdgesOnDrag: large, hideEdgesOnZoom: large },
      edges: { selectionWidth: 3, hoverWidth: 1 },
      nodes: { margin: 8, widthConstraint: { maximum: 220 } },
    };
  }

  /** Draws the filtered view; returns what is drawn. */
  draw(visible, start, { fit = true } = {}) {
    const t0 = performance.now();
    const large = visible.nodes.length > LARGE_GRAPH;
    const level = levels(visible.nodes, visible.edges, start);
    // Empty the picture before changing the layout: switching the hierarchical layout on while
    // the previous 2,000 nodes are still there would lay them all out once more for nothing.
    this.nodes.clear();
    this.edges.clear();
    this.large = large;
    this.network.setOptions(this.options(large, visible.nodes.length));
    // Leaving the hierarchical layout restores the physics options it had saved; switch them off again.
    this.network.setOptions({ physics: { enabled: false } });
    // vis-network wants levels from 0; what the start receives from sits left of it.
    const lowest = Math.min(0, ...level.values());
    const manyPlaces = new Set(visible.nodes.map((n) => n.municipality).filter(Boolean)).size > 1;
    const nodes = visible.nodes.map((n) => visNode(n, { start, level: (level.get(n.id) ?? 0) - lowest, large, manyPlaces }));
    if (large) place(nodes);
    const pairs = new Map();
    const edges = visible.edges.map((e) => {
      const pair = `${e.from}→${e.to}`;
      const index = pairs.get(pair) ?? 0;
      pairs.set(pair, index + 1);
      return visEdge(e, index, large);
    });
    // One setData: adding nodes and then edges to the old sets would lay the picture out twice.
    this.nodes = new vis.DataSet(nodes);
    this.edges = new vis.DataSet(edges);
    this.network.setData({ nodes: this.nodes, edges: this.edges });
    if (fit) this.network.fit({ animation: false });
    this.lastDrawMs = Math.round(performance.now() - t0);
    return { nodes: nodes.length, edges: edges.length, large };
  }

  select(kind, id) {
    if (kind === 'node' && this.nodes.get(id)) this.network.selectNodes([id]);
    else if (kind === 'edge' && this.edges.get(id)) this.network.selectEdges([id]);
    else this.network.unselectAll();
  }

  focus(id) {
    if (this.nodes.get(id)) this.network.focus(id, { scale: Math.max(this.network.getScale(), 0.8), animation: false });
  }

  canvas() {
    return this.network.canvas.frame.canvas;
  }
}

/** Columns by level; a tall column wraps into sub-columns so the picture stays readable when zoomed. */
function place(nodes) {
  const byLevel = new Map();
  for (const n of nodes) {
    if (!byLevel.has(n.level)) byLevel.set(n.level, []);
    byLevel.get(n.level).push(n);
  }
  const ordered = [...byLevel.keys()].sort((a, b) => a - b);
  let x = 0;
  for (const lv of ordered) {
    const column = byLevel.get(lv).sort((a, b) => (a.shape + a.label).localeCompare(b.shape + b.label, 'ja'));
    const sub = Math.ceil(column.length / COLUMN_HEIGHT);
    const rows = Math.min(column.length, COLUMN_HEIGHT);
    column.forEach((n, i) => {
      n.x = x + Math.floor(i / COLUMN_HEIGHT) * 190;
      n.y = ((i % COLUMN_HEIGHT) - rows / 2) * 42;
      n.level = undefined;
    });
    x += sub * 190 + 260;
  }
}
