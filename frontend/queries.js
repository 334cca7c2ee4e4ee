// Every GraphQL document the page sends, and the adapters that turn answers into the page's own
// graph model. When the server's schema changes, this is the one file to adapt.
//
// Server fields used: search, node (skeleton); trace, flows, flow (trace.graphqls of the graph feature);
// sourceExcerpt (web.graphqls); legalBases (law.graphqls, optional: used only when the server has it).
//
// A statement has one shape on the server, the type Flow, wherever it comes from (a trace hop's
// flow, a flows page, flow(id)). The page asks for every field that type has (flowFields(), asked
// once) and spreads the statement on the edge under the server's own names, so a field added to
// Flow reaches the panel, table and exports without a change here: only its renderer is new.
//
// The page's model:
//   node: { id, kind, name, hops (negative: upstream of the start), hub, expanded, unexpandedEdges,
//           municipality, properties: [{ key, value }] }
//   edge: one hop of the trace, or one statement of the flows view: every field of its Flow (kind,
//         methods[], via[], legalBasis[], basisLabels[], citations[], unresolvedCitations[], items[],
//         myNumber, purpose, frequency, recordCount, municipality, validFrom, validTo …) and
//         { id, flowId ('Flow:…'), from, to, type, hops, step, evidence, derived,
//           basis[] (the keys this hop rests on), beppyoItems[], provenance: { document, section, line, quote, version } }

import { graphql } from './graphql.js';
import { rememberBasisLabels } from './labels.js';

const NODE_FIELDS = 'id kind name properties { key value }';

export const SEARCH = `query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    __typename
    ... on SearchHits { hits { score node { ${NODE_FIELDS} } } }
    ... on InputError { message argument }
  }
}`;

export const NODE = `query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`;

export const LEGAL_BASES = `query LegalBases($filter: LegalBasisFilter, $first: Int) {
  legalBases(filter: $filter, first: $first) { key label table item title actor known flowCount }
}`;

const CAPABILITIES = `query Capabilities { __schema { queryType { fields { name } } } }`;

/** The fields of the server's Flow type with their named types (lists and non-null unwrapped). */
const FLOW_TYPE = `query FlowType { __type(name: "Flow") { fields { name type { kind name
  ofType { kind name ofType { kind name ofType { kind name } } } } } } }`;

/** What to ask of a Flow's object-typed fields; an object type not named here is left out. */
const FLOW_OBJECTS = { FlowProvenance: 'document sectionPath line quote', GraphNode: NODE_FIELDS };

/** What a trace says of each hop itself; everything its statement says comes in `flow`. */
const HOP_FIELDS = `id from to type hops step useBasis useBasisLabels
  evidence { kind ruleId rule source completes document sectionPath line quote }`;

/** Largest answer asked for; the server's own ceiling is 5,000 and the page stays usable at 2,000. */
export const NODE_BUDGET = 2000;

let flowFieldsAsked;

/** Every field of the server's Flow type, asked once per page: the page reads all a statement has. */
export async function flowFields() {
  if (!flowFieldsAsked) {
    flowFieldsAsked = graphql(FLOW_TYPE).then((data) => data.__type.fields.map((f) => {
      let type = f.type;
      while (type.ofType) type = type.ofType;
      return { name: f.name, kind: type.kind, type: type.name };
    }));
    flowFieldsAsked.catch(() => { flowFieldsAsked = null; });
  }
  return flowFieldsAsked;
}

/**
 * The selection of a Flow: scalars and lists by name, objects by their fields. `ends`: also the
 * statement's source and recipient nodes, which a trace leaves out (its hops name them, and the
 * server reads them only when asked).
 */
async function flowSelection({ ends }) {
  return (await flowFields()).map(({ name, kind, type }) => {
    if (kind === 'SCALAR' || kind === 'ENUM') return name;
    if (type === 'GraphNode' && !ends) return null;
    return FLOW_OBJECTS[type] ? `${name} { ${FLOW_OBJECTS[type]} }` : null;
  }).filter(Boolean).join(' ');
}

async function traceQuery() {
  return `query Trace($from: ID!, $direction: TraceDirection, $maxHops: Int, $asOf: String, $expand: [ID!], $budget: Int) {
  trace(from: $from, direction: $direction, maxHops: $maxHops, asOf: $asOf, expand: $expand, budget: $budget) {
    __typename
    ... on Trace {
      asOf
      nodes { hops direction hub expanded unexpandedEdges node { ${NODE_FIELDS} } }
      edges { ${HOP_FIELDS} flow { ${await flowSelection({ ends: false })} } }
      leftOut { nodes edges unexpandedHubEdges }
    }
    ... on InputError { message argument }
  }
}`;
}

async function flowsQuery() {
  return `query Flows($filter: FlowFilter, $first: Int, $after: String) {
  flows(filter: $filter, first: $first, after: $after) {
    __typename
    ... on FlowConnection {
      pageInfo { hasNextPage endCursor }
      edges { node { ${await flowSelection({ ends: true })} } }
    }
    ... on InputError { message argument }
  }
}`;
}

export const SOURCE_EXCERPT = `query SourceExcerpt($document: String!, $line: Int!, $context: Int, $version: ID) {
  sourceExcerpt(document: $document, line: $line, context: $context, version: $version) {
    __typename
    ... on SourceExcerpt { document line lines { number text } }
    ... on InputError { message argument }
  }
}`;

let capabilities;

/** Names of the Query fields the server offers, asked once: features the server lacks are shown as such. */
export async function serverCapabilities() {
  if (!capabilities) {
    capabilities = graphql(CAPABILITIES)
      .then((data) => new Set(data.__schema.queryType.fields.map((f) => f.name)))
      .catch(() => new Set(['search', 'node']));
  }
  return capabilities;
}

let limitsAsked;

/** The server's own bounds (`limits`); the page's defaults when the server is older and has none. */
export async function limits() {
  if (!limitsAsked) {
    limitsAsked = serverCapabilities()
      .then((can) => (can.has('limits') ? graphql('{ limits { traceMaxHops traceMaxBudget } }') : null))
      .then((data) => data?.limits ?? { traceMaxHops: 10, traceMaxBudget: NODE_BUDGET })
      .catch(() => ({ traceMaxHops: 10, traceMaxBudget: NODE_BUDGET }));
  }
  return limitsAsked;
}

class InputProblem extends Error {}
export { InputProblem };

function unwrap(answer) {
  if (answer?.__typename === 'InputError') throw new InputProblem(answer.message);
  return answer;
}

export async function search(text, kinds, first = 12) {
  const data = await graphql(SEARCH, { text, kinds, first });
  return unwrap(data.search).hits.map((hit) => toNode(hit.node));
}

export async function node(id) {
  const data = await graphql(NODE, { id });
  return data.node ? toNode(data.node) : null;
}

/**
 * The reachable subgraph from one node, as the page's model. direction: DOWNSTREAM (where the
 * information goes), UPSTREAM (where it comes from) or BOTH (one question: the server joins the
 * two, each node at its nearer distance; upstream distances become negative hops here).
 */
export async function trace({ from, direction = 'DOWNSTREAM', maxHops, asOf, expand }) {
  const { traceMaxBudget } = await limits();
  const budget = Math.min(NODE_BUDGET, traceMaxBudget);
  const data = await graphql(await traceQuery(), { from, direction, maxHops, asOf: asOf || null, expand: expand ?? [], budget });
  const answer = unwrap(data.trace);
  return {
    nodes: answer.nodes.map((n) => ({ ...toNode(n.node), hops: n.direction === 'UPSTREAM' ? -n.hops : n.hops,
      hub: n.hub, expanded: n.expanded, unexpandedEdges: n.unexpandedEdges })),
    edges: answer.edges.map(hopToEdge),
    truncated: answer.leftOut.nodes > 0,
    omitted: answer.leftOut.nodes,
    asOf: answer.asOf,
  };
}

/** Every flow matching the filter, following the cursor until done or `limit` flows are read. */
export async function flows(filter, limit = NODE_BUDGET) {
  const nodes = new Map();
  const edges = [];
  const query = await flowsQuery();
  let after = null;
  do {
    const data = await graphql(query, { filter, first: 500, after });
    const page = unwrap(data.flows);
    for (const { node: f } of page.edges) {
      const source = toNode(f.source);
      const target = toNode(f.recipient);
      if (!nodes.has(source.id)) nodes.set(source.id, { ...source, hops: 0 });
      if (!nodes.has(target.id)) nodes.set(target.id, { ...target, hops: 1 });
      edges.push(statementToEdge(f, { id: f.id, from: source.id, to: target.id }));
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && edges.length < limit);
  return { nodes: [...nodes.values()], edges, truncated: Boolean(after), omitted: 0 };
}

export async function sourceExcerpt(document, line, context = 5, version = null) {
  const data = await graphql(SOURCE_EXCERPT, { document, line, context, version });
  return unwrap(data.sourceExcerpt);
}

export function toNode(raw) {
  const props = Object.fromEntries((raw.properties ?? []).map((p) => [p.key, p.value]));
  return {
    id: raw.id,
    kind: raw.kind,
    name: raw.name,
    hub: props.hub === 'true',
    municipality: props.municipality ?? null,
    properties: raw.properties ?? [],
  };
}

function toProvenance(p, version) {
  if (!p || !p.document) return null;
  return { document: p.document, section: p.sectionPath ?? null, line: p.line ?? null, quote: p.quote ?? null, version: version ?? null };
}

/** What an edge without a statement (a file held in a system) shows for the statement's fields. */
const NO_STATEMENT = {
  kind: null, methods: [], via: [], legalBasis: [], basisLabels: [], beppyoItems: [], basisHints: [], citations: [],
  unresolvedCitations: [], items: [], myNumber: false, purpose: null, frequency: null, municipality: null,
  validFrom: null, validTo: null,
};

/**
 * A statement (the server's Flow) as an edge of the picture between `from` and `to`: every field
 * under the server's own name, and the page's names for the few it reads otherwise.
 */
function statementToEdge(flow, { id, from, to }) {
  rememberBasisLabels(flow?.legalBasis, flow?.basisLabels);
  return {
    ...NO_STATEMENT,
    ...(flow ?? {}),
    id,
    flowId: flow?.id ?? null,
    from,
    to,
    type: 'FLOWS_TO',
    hops: null,
    basis: flow?.legalBasis ?? [],
    provenance: toProvenance(flow?.provenance, flow?.assessment),
    // The trace and flows() answer the whole statement: nothing to fetch when it is opened.
    complete: Boolean(flow),
  };
}

/** A trace hop: its statement's fields, and what the hop itself says. */
function hopToEdge(raw) {
  const edge = statementToEdge(raw.flow, raw);
  rememberBasisLabels(raw.useBasis ?? [], raw.useBasisLabels ?? []);
  return {
    ...edge,
    type: raw.type ?? 'FLOWS_TO',
    hops: raw.hops ?? null,
    // 保管 for a file held in a system, which no statement makes.
    kind: edge.kind ?? raw.step ?? null,
    // A hop inside the municipality rests on the 事務's 利用 basis and names no 別表 item.
    basis: raw.useBasis ?? edge.basis,
    beppyoItems: raw.useBasis ? [] : edge.beppyoItems,
    // A route hop: 保管 / 連携 / 経由 or the statement's kind; STATED (written) or DERIVED (a rule completes it).
    step: raw.step ?? null,
    evidence: raw.evidence ?? null,
    derived: raw.evidence?.kind === 'DERIVED',
    complete: Boolean(raw.flow) || raw.type === 'STORED_IN',
  };
}

const flowId = (edge) => {
  const id = edge.flowId ?? edge.id;
  return id.startsWith('Flow:') ? id : `Flow:${id}`;
};

/** The statement's fields an edge lacks (empty or absent), from the server's Flow. */
function missingFields(edge, flow) {
  const details = statementToEdge(flow, edge);
  const filled = {};
  for (const [key, value] of Object.entries(details)) {
    const empty = edge[key] == null || (Array.isArray(edge[key]) && edge[key].length === 0);
    if (empty && key !== 'id' && key !== 'from' && key !== 'to' && key !== 'type' && key !== 'hops') filled[key] = value;
  }
  return filled;
}

/**
 * The whole statement of an edge the page holds without it (a model shown from elsewhere):
 * its Flow, merged into the fields the edge lacks. Trace and flows answers are already whole.
 */
export async function flowDetails(edge) {
  if (edge.complete || (edge.type && edge.type !== 'FLOWS_TO')) return edge;
  const data = await graphql(`query Flow($id: ID!) { flow(id: $id) { ${await flowSelection({ ends: false })} } }`,
    { id: flowId(edge) });
  return data.flow ? { ...edge, ...missingFields(edge, data.flow), complete: true } : edge;
}

/** What the law catalog says about a canonical key (the 別表 item's subject and actor), or null. */
export async function catalogEntry(key) {
  const can = await serverCapabilities();
  if (!can.has('legalBases')) return null;
  const data = await graphql(LEGAL_BASES, { filter: { keyPrefix: key }, first: 20 });
  data.legalBases.forEach((b) => rememberBasisLabels([b.key], [b.label]));
  return data.legalBases.find((b) => b.key === key) ?? null;
}

/** Legal bases that have flows, for the by-legal-basis view's list; empty when the server has no catalog. */
export async function basesWithFlows(first = 300) {
  const can = await serverCapabilities();
  if (!can.has('legalBases')) return [];
  const data = await graphql(LEGAL_BASES, { filter: { withFlowsOnly: true }, first });
  data.legalBases.forEach((b) => rememberBasisLabels([b.key], [b.label]));
  return data.legalBases;
}

/** The canonical legal basis node, for its citation as the law writes it. */
export async function legalBasis(key) {
  return node(`LegalBasis:${key}`);
}

/**
 * Statements for many edges at once (exports fill every field): flow() fields asked in batches of
 * aliases, so 2,000 statements take a few dozen requests, not 2,000. Whole edges are skipped.
 */
export async function flowDetailsMany(edges, batch = 40) {
  const out = new Map();
  const wanted = edges.filter((e) => !e.complete && (!e.type || e.type === 'FLOWS_TO' || e.flowId));
  if (!wanted.length) return out;
  const selection = await flowSelection({ ends: false });
  for (let i = 0; i < wanted.length; i += batch) {
    const part = wanted.slice(i, i + batch);
    const fields = part.map((e, j) => `f${j}: flow(id: ${JSON.stringify(flowId(e))}) { ${selection} }`).join('\n');
    const data = await graphql(`query FlowDetails {\n${fields}\n}`);
    part.forEach((e, j) => {
      if (data[`f${j}`]) out.set(e.id, missingFields(e, data[`f${j}`]));
    });
  }
  return out;
}

/** Assessment versions with their file names, for 評価書名 in place of file names; empty when the server has none. */
export async function assessmentVersions() {
  const can = await serverCapabilities();
  if (!can.has('assessments')) return [];
  const data = await graphql(`{ assessments(first: 500) { __typename ... on AssessmentList { versions {
    title municipality processName kind node { properties { key value } } } } } }`);
  return data.assessments.versions ?? [];
}
