// Lanes left to right, by the role a node plays in the answer:
// 入手元 | 特定個人情報ファイル | 自治体のシステム | 全国の仕組み | 受け手.
// Inside a lane, nodes that pass data on to others of the same lane get columns of their own
// (既存住基 → 団体内統合宛名 → 中間サーバー), so a route reads from left to right.

export const LANES = ['入手元', '特定個人情報ファイル', '自治体のシステム', '全国の仕組み', '受け手'];

export const COLUMN_WIDTH = 215;
const LANE_GAP = 40;
const ROW_GAP = 18;
const MAX_SUBCOLUMNS = 4;

function isNational(node) {
  return node.hub || /^System:全国\//.test(node.id);
}

/** The lane of each drawn node. */
export function laneOf(node, { start, sendsOnly }) {
  if (node.kind === 'GROUP' || node.kind === 'MORE') return 4;
  if (node.kind === 'FILE' || node.id === start) return 1;
  if (node.kind === 'SYSTEM') return isNational(node) ? 3 : 2;
  if (sendsOnly.has(node.id)) return 0;
  return 4;
}

/** Columns inside each lane: depth along edges that stay in the lane. */
function subColumns(nodes, edges, lane) {
  const column = new Map(nodes.map((n) => [n.id, 0]));
  const inLane = edges.filter((e) => lane.get(e.from) === lane.get(e.to) && e.from !== e.to);
  const hasIncoming = new Set(inLane.map((e) => e.to));
  const out = new Map();
  for (const e of inLane) {
    if (!out.has(e.from)) out.set(e.from, []);
    out.get(e.from).push(e.to);
  }
  const seen = new Set();
  const queue = nodes.filter((n) => !hasIncoming.has(n.id)).map((n) => n.id);
  // Cycles (two systems linked both ways): whatever is left starts at column 0.
  for (const n of nodes) if (!queue.includes(n.id)) queue.push(n.id);
  while (queue.length) {
    const id = queue.shift();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of out.get(id) ?? []) {
      if (seen.has(next)) continue;
      column.set(next, Math.min(MAX_SUBCOLUMNS - 1, Math.max(column.get(next), column.get(id) + 1)));
      queue.unshift(next);
    }
  }
  return column;
}

/** Estimated box height before the browser has measured it. */
function estimatedHeight(node) {
  const lines = String(node.label ?? '').split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil([...l].length / 12)), 0);
  return 16 + lines * 19;
}

/**
 * Positions for the drawn nodes (vis node objects with id and label). Returns the lane headings'
 * x positions as well, for the picture's own lane titles.
 */
export function layoutLanes(visNodes, drawnEdges, start, heights = new Map()) {
  const receivers = new Set(drawnEdges.map((e) => e.to));
  const sendsOnly = new Set(drawnEdges.map((e) => e.from).filter((id) => !receivers.has(id)));
  const lane = new Map(visNodes.map((n) => [n.id, laneOf(n.source, { start, sendsOnly })]));
  const column = subColumns(visNodes, drawnEdges, lane);
  const used = [...new Set(lane.values())].sort((a, b) => a - b);
  const widths = new Map(used.map((l) => [l, 1 + Math.max(0, ...visNodes.filter((n) => lane.get(n.id) === l).map((n) => column.get(n.id)))]));
  const laneX = new Map();
  let x = 0;
  for (const l of used) {
    laneX.set(l, x);
    x += widths.get(l) * COLUMN_WIDTH + LANE_GAP;
  }
  const neighbours = new Map();
  for (const e of drawnEdges) {
    for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) {
      if (!neighbours.has(a)) neighbours.set(a, []);
      neighbours.get(a).push(b);
    }
  }
  const y = new Map();
  const columns = new Map();
  for (const n of visNodes) {
    const key = `${lane.get(n.id)}:${column.get(n.id)}`;
    if (!columns.has(key)) columns.set(key, []);
    columns.get(key).push(n);
  }
  const keys = [...columns.keys()].sort((a, b) => {
    const [la, ca] = a.split(':').map(Number);
    const [lb, cb] = b.split(':').map(Number);
    return la - lb || ca - cb;
  });
  for (const key of keys) {
    const list = columns.get(key);
    // Order by where the neighbours already placed sit, so edges cross less.
    const weight = (n) => {
      const placed = (neighbours.get(n.id) ?? []).filter((id) => y.has(id)).map((id) => y.get(id));
      return placed.length ? placed.reduce((s, v) => s + v, 0) / placed.length : Number.POSITIVE_INFINITY;
    };
    list.sort((a, b) => weight(a) - weight(b) || (a.source.kind ?? '').localeCompare(b.source.kind ?? '') || String(a.label).localeCompare(String(b.label), 'ja'));
    const hs = list.map((n) => heights.get(n.id) ?? estimatedHeight(n));
    const total = hs.reduce((s, h) => s + h, 0) + ROW_GAP * (list.length - 1);
    let top = -total / 2;
    list.forEach((n, i) => {
      const [l, c] = key.split(':').map(Number);
      n.x = laneX.get(l) + c * COLUMN_WIDTH + COLUMN_WIDTH / 2;
      n.y = top + hs[i] / 2;
      y.set(n.id, n.y);
      top += hs[i] + ROW_GAP;
    });
  }
  const headings = used.map((l) => ({ title: LANES[l], x: laneX.get(l), width: widths.get(l) * COLUMN_WIDTH }));
  return { lane, headings };
}
