// From statements to a readable picture. The model holds every hop of every statement (a 評価書 with
// 60 提供 rows gives 60 hops into the same channel); the picture draws one edge per
// (from, to, kind of hop) with a count, and folds many recipients of one kind behind one channel
// into a group node that opens on demand. Nothing is dropped: each drawn edge keeps its members,
// and the table lists every statement.

import { edgeBasisSummary } from './basis-text.js';

/** Recipients of one kind behind one channel start folded from this many on. */
export const GROUP_MIN = 4;
/** An opened group shows at most this many members; the rest wait behind 「ほか N 件」. */
export const GROUP_CAP = 12;

const FINAL_KINDS = new Set(['提供', '移転', '委託', '入手']);

/** The kind a hop is drawn as: 保管 / 連携 / 経由 inside a route, else the statement's kind. */
export function hopKind(edge) {
  return edge.step ?? edge.kind ?? '流れ';
}

/** The statement a hop belongs to: its Flow, or the route id without the hop's index. */
export function statementKey(edge) {
  if (edge.flowId) return edge.flowId;
  return edge.type === 'ROUTE' ? edge.id.replace(/#\d+$/, '') : edge.id;
}

export const groupId = (from, kind) => `group:${kind}:${from}`;
export const moreId = (group) => `more:${group}`;

/**
 * Which leaf recipients fold into a group: reached only from one channel by one kind, sending
 * nothing on, and at least GROUP_MIN of them behind that channel.
 */
function findGroups(nodes, edges, start) {
  const incoming = new Map();
  const sends = new Set();
  for (const e of edges) {
    sends.add(e.from);
    if (!incoming.has(e.to)) incoming.set(e.to, new Set());
    incoming.get(e.to).add(`${e.from}\u0000${hopKind(e)}`);
  }
  const candidates = new Map();
  for (const n of nodes) {
    if (n.id === start || sends.has(n.id) || n.kind === 'SYSTEM' || n.kind === 'FILE') continue;
    const from = incoming.get(n.id);
    if (!from || from.size !== 1) continue;
    const [channel, kind] = [...from][0].split('\u0000');
    if (!FINAL_KINDS.has(kind)) continue;
    const id = groupId(channel, kind);
    if (!candidates.has(id)) candidates.set(id, { id, channel, kind, members: [] });
    candidates.get(id).members.push(n);
  }
  return [...candidates.values()].filter((g) => g.members.length >= GROUP_MIN);
}

/**
 * The picture of a filtered view. `open` names the groups shown member by member, `showAll` the
 * opened groups whose cap is lifted. Returns drawn nodes and edges (each edge with its members)
 * and the groups found, so the panel can list and toggle them.
 */
export function aggregate(visible, start, { open = [], showAll = [] } = {}) {
  const alias = new Map();
  const extra = [];
  const groups = findGroups(visible.nodes, visible.edges, start);
  const statementsTo = new Map();
  for (const e of visible.edges) {
    if (!statementsTo.has(e.to)) statementsTo.set(e.to, new Set());
    statementsTo.get(e.to).add(statementKey(e));
  }
  for (const g of groups) {
    // The busiest recipients first: when the cap cuts, what is cut matters least.
    g.members.sort((a, b) => (statementsTo.get(b.id)?.size ?? 0) - (statementsTo.get(a.id)?.size ?? 0)
      || a.name.localeCompare(b.name, 'ja'));
    g.statements = g.members.reduce((sum, m) => sum + (statementsTo.get(m.id)?.size ?? 0), 0);
    g.open = open.includes(g.id);
    if (!g.open) {
      for (const m of g.members) alias.set(m.id, g.id);
      extra.push({ id: g.id, kind: 'GROUP', name: `${g.kind}先 ${g.members.length} 件`, group: g, hops: g.members[0].hops, properties: [] });
      continue;
    }
    const cap = showAll.includes(g.id) ? Infinity : GROUP_CAP;
    const hidden = g.members.slice(cap);
    if (hidden.length) {
      const id = moreId(g.id);
      for (const m of hidden) alias.set(m.id, id);
      extra.push({ id, kind: 'MORE', name: `ほか ${hidden.length} 件`, group: g, hidden, hops: g.members[0].hops, properties: [] });
    }
  }
  const drawnNodes = visible.nodes.filter((n) => !alias.has(n.id)).concat(extra);
  const pairs = new Map();
  for (const e of visible.edges) {
    const from = alias.get(e.from) ?? e.from;
    const to = alias.get(e.to) ?? e.to;
    const kind = hopKind(e);
    const id = `pair:${kind}:${from}→${to}`;
    if (!pairs.has(id)) pairs.set(id, { id, from, to, kind, members: [], statements: new Set() });
    const pair = pairs.get(id);
    pair.members.push(e);
    pair.statements.add(statementKey(e));
  }
  const drawnEdges = [...pairs.values()].map((p) => ({
    ...p,
    count: p.statements.size,
    myNumber: p.members.some((m) => m.myNumber),
    derived: p.members.every((m) => m.derived),
    partlyDerived: p.members.some((m) => m.derived) && !p.members.every((m) => m.derived),
    basisSummary: edgeBasisSummary(p.members),
  }));
  return { nodes: drawnNodes, edges: drawnEdges, groups, alias };
}

/**
 * Every statement in view, once: its hops in route order, the origin of the first hop, the
 * recipient of the last and the facts of the hop that reaches the recipient.
 */
export function statements(visible) {
  const byKey = new Map();
  for (const e of visible.edges) {
    const key = statementKey(e);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(e);
  }
  const order = (e) => Number(/#(\d+)$/.exec(e.id)?.[1] ?? 0);
  return [...byKey.entries()].map(([key, hops]) => {
    hops.sort((a, b) => order(a) - order(b));
    const last = hops[hops.length - 1];
    return { key, hops, first: hops[0], last, from: hops[0].from, to: last.to };
  });
}
