// Every GraphQL document the page sends, and the adapters that turn answers into the page's own
// graph model. When the server's schema changes, this is the one file to adapt.
//
// Server fields used: search, node (skeleton); trace, flows (trace.graphqls of the graph feature);
// sourceExcerpt (web.graphqls); legalBases (law.graphqls, optional: used only when the server has it).
//
// The page's model:
//   node: { id, kind, name, hops, hub, expanded, unexpandedEdges, municipality, properties: [{ key, value }] }
//   edge: { id, flowId, from, to, type, kind, methods[], via[], basis[], beppyoItems[], citations[],
//           unresolvedCitations[], items[], myNumber, hops, purpose, frequency, municipality,
//           validFrom, validTo, provenance: { document, section, line, quote } }

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

const PROVENANCE = 'provenance { document sectionPath line quote }';

const EDGE_FIELDS = `id from to type hops kind myNumber methods via legalBasis basisLabels basisHints beppyoItems citations items flow ${PROVENANCE}
  step evidence { kind ruleId rule source completes document sectionPath line quote }`;

/** Largest answer asked for; the server's own ceiling is 5,000 and the page stays usable at 2,000. */
export const NODE_BUDGET = 2000;

export const TRACE = `query Trace($from: ID!, $direction: TraceDirection, $maxHops: Int, $asOf: String, $expand: [ID!], $budget: Int) {
  trace(from: $from, direction: $direction, maxHops: $maxHops, asOf: $asOf, expand: $expand, budget: $budget) {
    __typename
    ... on Trace {
      asOf
      nodes { hops hub expanded unexpandedEdges node { ${NODE_FIELDS} } }
      edges { ${EDGE_FIELDS} }
      leftOut { nodes edges unexpandedHubEdges }
    }
    ... on InputError { message argument }
  }
}`;

const FLOW_FIELDS = `id flowId kind name municipality assessment methods via legalBasis basisLabels basisHints beppyoItems citations
  unresolvedCitations items myNumber purpose frequency validFrom validTo ${PROVENANCE}
  source { ${NODE_FIELDS} } recipient { ${NODE_FIELDS} }`;

export const FLOWS = `query Flows($filter: FlowFilter, $first: Int, $after: String) {
  flows(filter: $filter, first: $first, after: $after) {
    __typename
    ... on FlowConnection {
      pageInfo { hasNextPage endCursor }
      edges { node { ${FLOW_FIELDS} } }
    }
    ... on InputError { message argument }
  }
}`;

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
 * information goes), UPSTREAM (where it comes from) or BOTH (two questions, one picture).
 */
export async function trace({ from, direction = 'DOWNSTREAM', maxHops, asOf, expand }) {
  if (direction === 'BOTH') {
    const [down, up] = await Promise.all([
      trace({ from, direction: 'DOWNSTREAM', maxHops, asOf, expand }),
      trace({ from, direction: 'UPSTREAM', maxHops, asOf, expand }),
    ]);
    const nodes = new Map(down.nodes.map((n) => [n.id, n]));
    for (const n of up.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { ...n, hops: -n.hops });
    const edges = new Map(down.edges.map((e) => [e.id, e]));
    for (const e of up.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: down.truncated || up.truncated,
      omitted: down.omitted + up.omitted, asOf: down.asOf };
  }
  const { traceMaxBudget } = await limits();
  const budget = Math.min(NODE_BUDGET, traceMaxBudget);
  const data = await graphql(TRACE, { from, direction, maxHops, asOf: asOf || null, expand: expand ?? [], budget });
  const answer = unwrap(data.trace);
  return {
    nodes: answer.nodes.map((n) => ({ ...toNode(n.node), hops: n.hops, hub: n.hub, expanded: n.expanded, unexpandedEdges: n.unexpandedEdges })),
    edges: answer.edges.map(toEdge),
    truncated: answer.leftOut.nodes > 0,
    omitted: answer.leftOut.nodes,
    asOf: answer.asOf,
  };
}

/** Every flow matching the filter, following the cursor until done or `limit` flows are read. */
export async function flows(filter, limit = NODE_BUDGET) {
  const nodes = new Map();
  const edges = [];
  let after = null;
  do {
    const data = await graphql(FLOWS, { filter, first: 500, after });
    const page = unwrap(data.flows);
    for (const { node: f } of page.edges) {
      const source = toNode(f.source);
      const target = toNode(f.recipient);
      if (!nodes.has(source.id)) nodes.set(source.id, { ...source, hops: 0 });
      if (!nodes.has(target.id)) nodes.set(target.id, { ...target, hops: 1 });
      edges.push(toEdge({ ...f, from: source.id, to: target.id, flow: f.id }));
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

function toProvenance(p) {
  if (!p || !p.document) return null;
  return { document: p.document, section: p.sectionPath ?? null, line: p.line ?? null, quote: p.quote ?? null };
}

/** A trace edge or a flow summary. */
function toEdge(raw) {
  rememberBasisLabels(raw.legalBasis, raw.basisLabels);
  return {
    id: raw.id,
    flowId: raw.flow ?? null,
    from: raw.from,
    to: raw.to,
    type: raw.type ?? 'FLOWS_TO',
    kind: raw.kind ?? null,
    methods: raw.methods ?? [],
    via: raw.via ?? [],
    basis: raw.legalBasis ?? [],
    beppyoItems: raw.beppyoItems ?? [],
    basisHints: raw.basisHints ?? [],
    citations: raw.citations ?? [],
    unresolvedCitations: raw.unresolvedCitations ?? [],
    items: raw.items ?? [],
    myNumber: Boolean(raw.myNumber),
    hops: raw.hops ?? null,
    purpose: raw.purpose ?? null,
    frequency: raw.frequency ?? null,
    municipality: raw.municipality ?? null,
    validFrom: raw.validFrom ?? null,
    validTo: raw.validTo ?? null,
    provenance: toProvenance(raw.provenance),
    // A route hop: 保管 / 連携 / 経由 or the statement's kind; STATED (written) or DERIVED (a rule completes it).
    step: raw.step ?? null,
    evidence: raw.evidence ?? null,
    derived: raw.evidence?.kind === 'DERIVED',
  };
}

const list = (value) => (value ? value.split(' / ').filter(Boolean) : []);

/**
 * A reified Flow node (its properties as the loader writes them) as an edge of the picture. Used
 * for the flows view and to fill in an edge's details when it is clicked.
 */
export function flowNodeToEdge(flowNode, from, to) {
  const p = Object.fromEntries(flowNode.properties.map((x) => [x.key, x.value]));
  return {
    id: flowNode.id,
    flowId: p.id ?? flowNode.id,
    from,
    to,
    kind: p.kind ?? null,
    methods: list(p.methods),
    basis: list(p.basis),
    beppyoItems: list(p.beppyoItems),
    basisHints: list(p.basisHints),
    citations: list(p.citations),
    unresolvedCitations: list(p.unresolvedCitations),
    items: list(p.items),
    via: list(p.via),
    myNumber: p.myNumber === 'true',
    hops: null,
    purpose: p.purpose ?? null,
    frequency: p.frequency ?? null,
    recordCount: p.recordCount ?? null,
    counterpart: p.counterpart ?? null,
    municipality: p.municipality ?? null,
    validFrom: p.validFrom ?? null,
    assessment: p.assessment ?? null,
    provenance: p.provDocument ? {
      document: p.provDocument,
      version: p.assessment ?? null,
      section: p.provSection ?? null,
      line: p.provLine ? Number(p.provLine) : null,
      quote: p.provQuote ?? null,
    } : null,
  };
}

/** The details the loader keeps on the Flow node, merged into an edge that the trace drew. */
export async function flowDetails(edge) {
  if (edge.type && edge.type !== 'FLOWS_TO') return edge;
  const id = edge.flowId ?? edge.id;
  const flowNode = await node(id.includes(':') && id.startsWith('Flow:') ? id : `Flow:${id}`);
  if (!flowNode) return edge;
  const details = flowNodeToEdge(flowNode, edge.from, edge.to);
  const merged = { ...edge };
  for (const [key, value] of Object.entries(details)) {
    const empty = merged[key] == null || (Array.isArray(merged[key]) && merged[key].length === 0);
    if (empty && key !== 'id' && key !== 'from' && key !== 'to') merged[key] = value;
  }
  return merged;
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
 * Flow details for many statements at once (exports fill every field): Flow nodes asked in
 * batches of aliased node() fields, so 2,000 statements take a few dozen requests, not 2,000.
 */
export async function flowDetailsMany(edges, batch = 40) {
  const out = new Map();
  const wanted = edges.filter((e) => !e.type || e.type === 'FLOWS_TO' || e.flowId);
  for (let i = 0; i < wanted.length; i += batch) {
    const part = wanted.slice(i, i + batch);
    const fields = part.map((e, j) => {
      const id = e.flowId ?? e.id;
      return `f${j}: node(id: ${JSON.stringify(id.startsWith('Flow:') ? id : `Flow:${id}`)}) { ${NODE_FIELDS} }`;
    }).join('\n');
    const data = await graphql(`query FlowDetails {\n${fields}\n}`);
    part.forEach((e, j) => {
      const found = data[`f${j}`];
      if (!found) return;
      const details = flowNodeToEdge(toNode(found), e.from, e.to);
      const filled = {};
      for (const [key, value] of Object.entries(details)) {
        const empty = e[key] == null || (Array.isArray(e[key]) && e[key].length === 0);
        if (empty && key !== 'id' && key !== 'from' && key !== 'to') filled[key] = value;
      }
      out.set(e.id, filled);
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
