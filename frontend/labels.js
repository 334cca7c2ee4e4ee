import { graphql } from './graphql.js';

// Readable Japanese for canonical legal-basis keys (番号法/19/8/別表2/27 and the like).

// The words come from the server's one formatter (GraphQL basisLabels / label); the page keeps
// what it was told, so a key shown anywhere reads the same as in the panel, CSV and printouts.
const LABELS = new Map();

/** Remembers the server's words for keys: parallel lists as the API gives them. */
export function rememberBasisLabels(keys = [], labels = []) {
  keys.forEach((key, i) => { if (labels[i]) LABELS.set(key, labels[i]); });
}

/** Asks the server for the words of keys the page was not told yet (a restored view, an injected model). */
export async function learnBasisLabels(keys = []) {
  const unknown = [...new Set(keys.filter((k) => k && !LABELS.has(k)))];
  if (!unknown.length) return;
  try {
    const data = await graphql('query($keys: [String!]!) { basisLabels(keys: $keys) }', { keys: unknown });
    rememberBasisLabels(unknown, data.basisLabels ?? []);
  } catch {
    // an older server: keys stay keys
  }
}

/** Full label: 番号法第19条第8号・別表第二第27項. A key the server has not named yet stays a key. */
export function basisLabel(key) {
  if (!key) return '';
  return LABELS.get(key) ?? key;
}

/** Short label for an edge: the table item when one is named (別表第二第27項), else the whole label. */
export function basisShort(key) {
  if (!key) return '';
  const full = basisLabel(key);
  const cut = full.lastIndexOf('・');
  // Without a table item the whole label is short enough, and the law's name must stay (番号法第7条, 住基法第7条).
  return cut >= 0 ? full.slice(cut + 1) : full;
}

/** The flow's own citation cell, as written: what the document says, never another flow's spelling. */
export function basisAsWritten(edge) {
  const written = [...(edge.citations ?? []), ...(edge.unresolvedCitations ?? [])];
  return [...new Set(written)].join(' ／ ');
}

export function truncate(text, max = 18) {
  if (!text) return '';
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
