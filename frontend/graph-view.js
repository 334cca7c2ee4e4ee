// The drawing: a vis-network canvas fed with the aggregated picture (aggregate.js) and placed in
// lanes (lanes.js) with physics off. Boxes are measured after the first pass and stacked again,
// so no two overlap whatever their labels; the default zoom never goes below READABLE_SCALE.

import { nodeStyle, flowStyle } from './styles.js';
import { truncate } from './labels.js';
import { layoutLanes } from './lanes.js';
import { canonicalMethods } from './methods.js';

export const LARGE_GRAPH = 300;
/** Below this zoom the 13 px labels get smaller than about 10 px on screen. */
export const READABLE_SCALE = 0.78;
export const FONT = '"Noto Sans CJK JP", "Noto Sans JP", sans-serif';
const NODE_FONT = 14;
const ROUTE_STEPS = new Set(['保管', '連携', '経由', '使用']);

/** Which edges of the model the filters let through. */
export function applyFilters(model, filters) {
  const edges = [];
  for (const edge of model.edges.values()) {
    if (filters.kind.length && !filters.kind.includes(edge.kind) && !filters.kind.includes(edge.step)) continue;
    if (filters.method.length && !canonicalMethods(edge.methods).some((m) => filters.method.includes(m))) continue;
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

const GROUP_STYLE = { label: '受け手のまとまり', color: '#5b6b7f', shape: 'box', font: '#ffffff' };
const MORE_STYLE = { label: '表示しきれない受け手', color: '#e4e7eb', shape: 'box', font: '#1f2933' };

function styleOf(node) {
  if (node.kind === 'GROUP') return GROUP_STYLE;
  if (node.kind === 'MORE') return MORE_STYLE;
  return nodeStyle(node.kind);
}

function nodeLabel(node, { large, manyPlaces, channelName }) {
  if (node.kind === 'GROUP') return `${node.name}\n（${truncate(channelName, 14)}から）\n▶ 開く`;
  if (node.kind === 'MORE') return `${node.name}\n▶ すべて表示`;
  // Two municipalities both have a 住民基本台帳ファイル: name the place when the picture mixes them.
  const place = manyPlaces && node.municipality && !node.name.includes(node.municipality) ? `\n（${node.municipality}）` : '';
  return truncate(node.name, large ? 14 : 30) + (large ? '' : place);
}

function visNode(node, { start, large, manyPlaces, names }) {
  const style = styleOf(node);
  const isStart = node.id === start;
  const channelName = node.group ? (names.get(node.group.channel) ?? '') : '';
  // Every node is a box: boxes have a size the label fits in, so overlap can be measured and avoided.
  const shape = large ? 'dot' : 'box';
  return {
    id: node.id,
    source: node,
    label: nodeLabel(node, { large, manyPlaces, channelName }),
    title: node.kind === 'GROUP'
      ? `${channelName} から${node.group.kind}される受け手 ${node.group.members.length} 件（記載 ${node.group.statements} 件）。クリックで開きます。`
      : `${style.label}: ${node.name}${node.municipality ? `（${node.municipality}）` : ''}${node.hub ? '（全国共通の中継点）' : ''}`,
    shape,
    color: {
      background: style.color,
      border: isStart ? '#111111' : node.hub ? '#333333' : style.color,
      highlight: { background: style.color, border: '#f0a500' },
      hover: { background: style.color, border: '#f0a500' },
    },
    borderWidth: isStart ? 4 : node.hub || node.kind === 'GROUP' ? 3 : 1,
    shapeProperties: node.hub || node.kind === 'MORE' ? { borderDashes: [6, 3], borderRadius: 4 } : { borderRadius: 4 },
    font: { color: style.font, face: FONT, size: isStart ? NODE_FONT + 2 : NODE_FONT, multi: false },
    widthConstraint: { maximum: 185 },
    margin: 8,
  };
}

function edgeLabelText(edge) {
  const count = edge.count > 1 ? ` ${edge.count}件` : '';
  // A single 保管 or 使用 inside the municipality says nothing the colour does not: no label, less clutter.
  if (ROUTE_STEPS.has(edge.kind)) return edge.count > 1 ? `${edge.kind}${count}` : '';
  const basis = edge.basisSummary || (edge.kind === '提供' ? '根拠未記載' : '');
  return `${edge.kind}${count}${basis ? `\n${truncate(basis, 26)}` : ''}`;
}

function visEdge(edge, { large, sameColumn }) {
  const style = flowStyle(edge.kind);
  const label = edgeLabelText(edge);
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    source: edge,
    label: large || !label ? undefined : label,
    title: `${label ? label.replace('\n', ' ／ ') : edge.kind}${edge.myNumber ? '（個人番号を含む）' : ''}`
      + (edge.derived ? '\n評価書に書かれていない経路: 全国共通の仕組みから補っています' : edge.partlyDerived ? '\n一部は全国共通の仕組みから補った経路です' : '')
      + '\nクリックで記載を一覧します',
    arrows: 'to',
    color: { color: style.color, highlight: '#f0a500', hover: style.color },
    width: Math.min(7, (edge.myNumber ? 2.5 : 1.2) + Math.log2(edge.count || 1) * 0.6),
    // Hops a rule completes are never drawn like written ones: dotted, whatever they carry.
    dashes: edge.derived ? [2, 6] : edge.myNumber ? false : [5, 4],
    smooth: large ? false : { enabled: true, type: 'curvedCW', roundness: sameColumn ? 0.45 : 0.12 },
    font: { face: FONT, size: 13, color: '#1f2933', strokeWidth: 4, strokeColor: '#ffffff', align: 'horizontal', multi: false },
  };
}

export class GraphView {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.large = false;
    this.headings = [];
    this.title = '';
    this.network = new vis.Network(container, { nodes: this.nodes, edges: this.edges }, this.options(false));
    this.network.on('click', (params) => {
      if (params.nodes.length) handlers.onNode(params.nodes[0]);
      else if (params.edges.length) handlers.onEdge(params.edges[0]);
      else handlers.onBackground();
    });
    this.network.on('beforeDrawing', (ctx) => this.drawLanes(ctx));
    this.network.on('hoverEdge', (params) => handlers.onHoverEdge?.(params.edge));
    this.network.on('blurEdge', () => this.highlight([]));
    // vis-network rescales the view when its canvas changes size (the page settling after a draw);
    // until the person moves the picture, keep the default view the readable one.
    this.fitted = null;
    this.network.on('dragStart', () => { this.fitted = null; this.restored = null; });
    this.network.on('dragEnd', () => this.viewChanged());
    this.network.on('zoom', () => { if (!this.fitting) this.viewChanged(); });
    this.network.on('zoom', () => { if (!this.fitting) { this.fitted = null; this.restored = null; } });
    this.network.on('resize', () => setTimeout(() => {
      if (this.fitted) this.fitReadable(this.fitted.start);
      else if (this.restored) this.restoreView(this.restored);
    }, 0));
  }

  options(large) {
    return {
      autoResize: true,
      physics: false,
      layout: { hierarchical: false, improvedLayout: false },
      interaction: { hover: !large, tooltipDelay: 200, keyboard: { enabled: false },
        multiselect: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large },
      edges: { selectionWidth: 3, hoverWidth: 1 },
      nodes: { margin: 8 },
    };
  }

  /** Lane headings and stripes, in the picture's own coordinates so they pan, zoom and export with it. */
  drawLanes(ctx) {
    if (!this.headings.length || this.large || !this.extent) return;
    const { top, bottom } = this.extent;
    ctx.save();
    this.headings.forEach((h, i) => {
      ctx.fillStyle = i % 2 ? '#f7f9fb' : '#eef2f6';
      ctx.fillRect(h.x, top - 56, h.width, bottom - top + 80);
      ctx.fillStyle = '#3e4c59';
      ctx.font = `bold 15px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(h.title, h.x + h.width / 2, top - 30);
    });
    ctx.restore();
  }

  /** Draws the aggregated picture; returns what is drawn. */
  draw(picture, start, { fit = true, names = new Map() } = {}) {
    const t0 = performance.now();
    const large = picture.nodes.length > LARGE_GRAPH;
    this.large = large;
    this.network.setOptions(this.options(large));
    const manyPlaces = new Set(picture.nodes.map((n) => n.municipality).filter(Boolean)).size > 1;
    const nodes = picture.nodes.map((n) => visNode(n, { start, large, manyPlaces, names }));
    let { lane, headings } = layoutLanes(nodes, picture.edges, start);
    const xs = new Map(nodes.map((n) => [n.id, n.x]));
    const edges = picture.edges.map((e) => visEdge(e, { large, sameColumn: xs.get(e.from) === xs.get(e.to) }));
    this.nodes = new vis.DataSet(nodes);
    this.edges = new vis.DataSet(edges);
    this.network.setData({ nodes: this.nodes, edges: this.edges });
    if (!large) {
      // Measure the boxes as drawn and stack each column again with the real heights.
      this.network.body.emitter.emit('_resizeNodes');
      const heights = new Map(nodes.map((n) => {
        const box = this.network.getBoundingBox(n.id);
        return [n.id, box.bottom - box.top];
      }));
      const widths = new Map(nodes.map((n) => {
        const box = this.network.getBoundingBox(n.id);
        return [n.id, box.right - box.left];
      }));
      ({ lane, headings } = layoutLanes(nodes, picture.edges, start, heights));
      // Straight onto vis-network's node objects and one redraw: moveNode() schedules a redraw per node.
      for (const n of nodes) {
        const placed = this.network.body.nodes[n.id];
        placed.x = n.x;
        placed.y = n.y;
      }
      this.network.redraw();
      // Bounding boxes follow a moved node only at the next paint: keep the extent from the layout itself.
      this.extent = nodes.reduce((x, n) => ({
        left: Math.min(x.left, n.x - widths.get(n.id) / 2), right: Math.max(x.right, n.x + widths.get(n.id) / 2),
        top: Math.min(x.top, n.y - heights.get(n.id) / 2), bottom: Math.max(x.bottom, n.y + heights.get(n.id) / 2),
      }), { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity });
      this.positions = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y, width: widths.get(n.id), height: heights.get(n.id) }]));
    }
    this.headings = headings;
    this.lane = lane;
    if (fit) this.fitReadable(start);
    this.lastDrawMs = Math.round(performance.now() - t0);
    return { nodes: nodes.length, edges: edges.length, large };
  }

  /** Everything in view when that keeps labels readable; else readable size from the left edge, centred on the start. */
  fitReadable(start) {
    this.restored = null;
    this.fitting = true;
    try {
      this.placeView(start);
    } finally {
      this.fitting = false;
    }
    this.fitted = { start };
  }

  placeView(start) {
    this.network.fit({ animation: false });
    if (this.large || this.network.getScale() >= READABLE_SCALE) return;
    const width = this.container.clientWidth || 800;
    const height = this.container.clientHeight || 600;
    const { left, top, bottom } = this.extent;
    const startPos = this.positions?.get(start) ?? { y: (top + bottom) / 2 };
    // Start at the left edge (入手元, the file) and keep the start's row in view; the rest pans in.
    const y = Math.min(Math.max(startPos.y, top - 60 + height / 2 / READABLE_SCALE), Math.max(top - 60 + height / 2 / READABLE_SCALE, bottom + 20 - height / 2 / READABLE_SCALE));
    this.network.moveTo({ position: { x: left - 20 + width / 2 / READABLE_SCALE, y }, scale: READABLE_SCALE, animation: false });
  }

  select(kind, ids) {
    const list = (Array.isArray(ids) ? ids : [ids]).filter((id) => id != null);
    if (kind === 'node' && list.every((id) => this.nodes.get(id))) this.network.setSelection({ nodes: list, edges: [] }, { highlightEdges: false });
    else if (kind === 'edge' && list.length && list.every((id) => this.edges.get(id))) this.network.setSelection({ nodes: [], edges: list });
    else this.network.unselectAll();
  }

  focus(id) {
    if (this.nodes.get(id)) this.network.focus(id, { scale: Math.max(this.network.getScale(), READABLE_SCALE), animation: false });
  }

  /** Lights the given drawn edges (a statement's path while the pointer rests on one of its lines). */
  highlight(ids) {
    if (this.large) return;
    const on = new Set(ids);
    const changes = [];
    for (const id of this.lit ?? []) if (!on.has(id)) changes.push({ id, shadow: { enabled: false } });
    for (const id of on) changes.push({ id, shadow: { enabled: true, color: 'rgba(240,165,0,0.85)', size: 10, x: 0, y: 0 } });
    this.lit = on;
    if (changes.length) this.edges.update(changes.filter((c) => this.edges.get(c.id)));
  }

  /** Tells the page where the view is, for the address bar. */
  viewChanged() {
    const at = this.network.getViewPosition();
    this.handlers.onView?.(`${Math.round(at.x)},${Math.round(at.y)},${this.network.getScale().toFixed(2)}`);
  }

  /** Reopens a view written by viewChanged(). */
  restoreView(text) {
    const [x, y, scale] = text.split(',').map(Number);
    if (![x, y, scale].every(Number.isFinite) || scale <= 0) return;
    this.fitted = null;
    // Kept until the person moves the picture: vis-network rescales on a canvas resize.
    this.restored = text;
    this.network.moveTo({ position: { x, y }, scale, animation: false });
  }

  /** Brings a drawn edge into view (keeping the zoom) when it is off screen: a table row reveals its line. */
  reveal(edgeId) {
    const edge = this.edges.get(edgeId);
    if (!edge) return;
    const pos = this.network.getPositions([edge.from, edge.to]);
    const mid = { x: (pos[edge.from].x + pos[edge.to].x) / 2, y: (pos[edge.from].y + pos[edge.to].y) / 2 };
    const dom = this.network.canvasToDOM(mid);
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    if (dom.x < 40 || dom.y < 40 || dom.x > width - 40 || dom.y > height - 40) {
      this.fitted = null;
      this.restored = null;
      this.network.moveTo({ position: mid, scale: this.network.getScale(), animation: false });
    }
  }

  /** Node boxes as drawn (canvas coordinates), for tests and exports. */
  boxes() {
    return this.nodes.getIds().map((id) => ({ id, ...this.network.getBoundingBox(id) }));
  }

  canvas() {
    return this.network.canvas.frame.canvas;
  }
}
