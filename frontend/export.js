// Exports of what is on screen: the picture as PNG, the flows as CSV (with a BOM so that Excel
// opens the Japanese correctly) or JSON. Everything is made in the browser; nothing is sent.

import { basisLabels } from './basis-text.js';
import { documentTitle, knownDate, evidenceText, plainText } from './words.js';

function stamp() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

export function fileName(subject, extension) {
  const safe = (subject || 'lineage').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `lineage-${safe}-${stamp()}.${extension}`;
}

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { name, type: blob.type, size: blob.size };
}

/**
 * One row per statement, every field filled from the statement's own hop or, where the trace
 * leaves it out, from the Flow details the panel loads (purpose, frequency, municipality, date).
 */
export function flowRows(statements, nodes, details = new Map()) {
  return statements.map((s) => {
    const e = { ...s.last, ...(details.get(s.last.id) ?? {}) };
    const fromNode = nodes.get(s.from);
    const toNode = nodes.get(s.to);
    return {
      id: e.flowId ?? s.key,
      kind: e.kind,
      from: s.from,
      fromName: fromNode?.name ?? s.from,
      to: s.to,
      toName: toNode?.name ?? s.to,
      path: s.hops.map((h) => nodes.get(h.to)?.name ?? h.to),
      myNumber: s.hops.some((h) => h.myNumber),
      basis: e.basis,
      basisLabels: basisLabels(e),
      beppyoItems: e.beppyoItems,
      basisHints: e.basisHints ?? [],
      citations: [...e.citations, ...(e.unresolvedCitations ?? [])],
      methods: e.methods,
      purpose: e.purpose ?? null,
      items: e.items,
      frequency: e.frequency ?? null,
      municipality: e.municipality ?? fromNode?.municipality ?? toNode?.municipality ?? null,
      validFrom: knownDate(e.validFrom),
      evidence: evidenceText(s.hops),
      document: documentTitle(e.provenance?.document ?? e.evidence?.document),
      provenance: e.provenance ?? (e.evidence?.document ? { document: e.evidence.document, section: e.evidence.sectionPath, line: e.evidence.line, quote: e.evidence.quote } : null),
    };
  });
}

const COLUMNS = [
  ['流れID', (r) => r.id], ['種類', (r) => r.kind], ['送り手', (r) => r.fromName], ['受け手', (r) => r.toName],
  ['経路', (r) => r.path.join(' → ')],
  ['個人番号', (r) => (r.myNumber ? '含む' : '含まない')], ['法令根拠', (r) => r.basisLabels.join(' ／ ') || '記載なし'],
  ['法令根拠キー', (r) => r.basis.join(' ／ ')], ['別表の項', (r) => r.beppyoItems.join(' ／ ')],
  ['条文（記載どおり）', (r) => r.citations.join(' ／ ')], ['他の欄の別表の項（手がかり）', (r) => r.basisHints.join(' ／ ')],
  ['方法', (r) => r.methods.join(' ／ ')],
  ['目的', (r) => r.purpose ?? '記載なし'], ['項目', (r) => r.items.join(' ／ ') || '記載なし'], ['頻度', (r) => r.frequency ?? '記載なし'],
  ['自治体', (r) => r.municipality ?? '不明'], ['時点', (r) => r.validFrom ?? '不明'], ['根拠の種類', (r) => r.evidence],
  ['評価書', (r) => r.document || '記録なし'], ['ファイル名', (r) => r.provenance?.document ?? ''],
  ['箇所', (r) => r.provenance?.section ?? ''], ['行', (r) => r.provenance?.line ?? ''], ['引用', (r) => plainText(r.provenance?.quote)],
];

function csvCell(value) {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows) {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function exportCsv(rows, subject) {
  return download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName(subject, 'csv'));
}

export function exportJson(rows, subject, meta) {
  const body = JSON.stringify({ ...meta, exportedAt: new Date().toISOString(), flows: rows }, null, 2);
  return download(new Blob([body], { type: 'application/json' }), fileName(subject, 'json'));
}
