// The panel's lists: the statements behind one drawn edge, and the members of a group of
// recipients. Each statement carries its own citation, keys, method and provenance.

import { basisLabels } from './basis-text.js';
import { documentTitle, evidenceText, plainText } from './words.js';
import { statementKey } from './aggregate.js';
import { RISKY_METHODS } from './styles.js';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key === 'on') Object.entries(value).forEach(([type, fn]) => node.addEventListener(type, fn));
    // Through CSSOM: the page's CSP forbids style attributes (style-src-attr), not properties set by script.
    else if (key === 'vars') Object.entries(value).forEach(([name, v]) => node.style.setProperty(name, v));
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function fact(term, value) {
  return value == null || value === '' ? [] : [el('dt', {}, term), el('dd', {}, value)];
}

/** Where a hop is written, or which rule completes it. */
export function provenanceText(hop) {
  const p = hop.provenance ?? (hop.evidence?.document ? {
    document: hop.evidence.document, section: hop.evidence.sectionPath, line: hop.evidence.line, quote: hop.evidence.quote,
  } : null);
  if (!p?.document) return null;
  return `${documentTitle(p.document)}${p.section ? ` ${p.section}` : ''}${p.line ? ` ${p.line} 行目` : ''}${p.quote ? `「${plainText(p.quote)}」` : ''}`;
}

/** One statement as a list entry; `onOpen(key)` opens it on its own with the source text. */
export function statementEntry(hop, nodes, statementHops, onOpen) {
  const key = statementKey(hop);
  const last = statementHops?.[statementHops.length - 1] ?? hop;
  const from = nodes.get(statementHops?.[0]?.from ?? hop.from)?.name ?? hop.from;
  const to = nodes.get(last.to)?.name ?? last.to;
  const labels = basisLabels(hop);
  const methods = hop.methods.length
    ? el('span', {}, ...hop.methods.map((m) => el('span', { class: RISKY_METHODS.includes(m) ? 'tag risky' : 'tag' }, m)))
    : '記載なし';
  return el('li', { class: hop.derived ? 'statement derived' : 'statement', 'data-statement': key },
    el('button', { type: 'button', class: 'link statement-open', on: { click: () => onOpen(key) } },
      `${last.kind ?? '流れ'}: ${from} → ${to}`),
    el('dl', { class: 'facts compact' },
      ...fact('法令根拠', labels.length ? labels.join('、') : (last.kind === '提供' ? '記載なし（確認が必要）' : '記載なし')),
      ...fact('正規キー', hop.basis.length ? el('code', {}, hop.basis.join(' ')) : null),
      ...fact('条文（記載どおり）', [...hop.citations, ...(hop.unresolvedCitations ?? [])].join(' ／ ') || null),
      ...fact('方法', methods),
      ...fact('根拠の種類', evidenceText(statementHops ?? [hop])),
      ...fact('出典', provenanceText(last) ?? provenanceText(hop) ?? '記録なし')));
}

/** The statements behind a drawn edge, grouped by statement. */
export function pairContent(pair, nodes, hopsOf, onOpen) {
  const seen = new Set();
  const list = el('ol', { class: 'statement-list' });
  for (const hop of pair.members) {
    const key = statementKey(hop);
    if (seen.has(key)) continue;
    seen.add(key);
    list.append(statementEntry(hop, nodes, hopsOf(key), onOpen));
  }
  const kinds = new Map();
  for (const key of seen) {
    const hops = hopsOf(key);
    const kind = hops?.[hops.length - 1]?.kind ?? pair.kind;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const summary = el('p', { class: 'note' },
    `この線は記載 ${seen.size} 件をまとめています（${[...kinds].map(([k, n]) => `${k} ${n} 件`).join('・')}）。`,
    pair.derived ? ' 評価書には書かれておらず、全国共通の仕組みから補った経路です。' : '',
    pair.partlyDerived ? ' 一部は全国共通の仕組みから補った経路です。' : '');
  return [summary, list];
}

/** The members of a group of recipients, each a button that shows it. */
export function groupContent(group, nodes, onShowNode) {
  const list = el('ul', { class: 'member-list' });
  for (const m of group.members) list.append(el('li', {}, el('button', { type: 'button', class: 'link', on: { click: () => onShowNode(m.id) } }, m.name)));
  return [el('p', { class: 'note' }, `${nodes.get(group.channel)?.name ?? group.channel} から${group.kind}される受け手 ${group.members.length} 件（記載 ${group.statements} 件）。`), list];
}
