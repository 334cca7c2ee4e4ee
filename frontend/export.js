// Exports of what is on screen: the picture as PNG, the flows as CSV (with a BOM so that Excel
// opens the Japanese correctly) or JSON. Everything is made in the browser; nothing is sent.

import { basisLabel } from './labels.js';

function stamp() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

export function fileName(subject, extension) {
  const safe = (subject || 'lineage').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `lineage-${safe}-${stamp()}.${extension}`;
}

function download(blob, name) {
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

/** The canvas on a white background: vis-network draws on a transparent one. */
export function exportPng(canvas, subject) {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(canvas, 0, 0);
  return new Promise((resolve) => copy.toBlob((blob) => resolve(download(blob, fileName(subject, 'png'))), 'image/png'));
}

export function flowRows(visible, nodes) {
  return visible.edges.map((e) => ({
    id: e.flowId ?? e.id,
    kind: e.kind,
    from: e.from,
    fromName: nodes.get(e.from)?.name ?? '',
    to: e.to,
    toName: nodes.get(e.to)?.name ?? '',
    myNumber: e.myNumber,
    basis: e.basis,
    basisLabels: e.basis.map(basisLabel),
    beppyoItems: e.beppyoItems,
    basisHints: e.basisHints ?? [],
    citations: e.citations,
    methods: e.methods,
    purpose: e.purpose,
    items: e.items,
    frequency: e.frequency,
    municipality: e.municipality,
    validFrom: e.validFrom,
    provenance: e.provenance,
  }));
}

const COLUMNS = [
  ['流れID', (r) => r.id], ['種類', (r) => r.kind], ['送り手', (r) => r.fromName], ['受け手', (r) => r.toName],
  ['個人番号', (r) => (r.myNumber ? '含む' : '含まない')], ['法令根拠', (r) => r.basisLabels.join(' ／ ')],
  ['法令根拠キー', (r) => r.basis.join(' ／ ')], ['別表の項', (r) => r.beppyoItems.join(' ／ ')],
  ['条文（記載どおり）', (r) => r.citations.join(' ／ ')], ['他の欄の別表の項（手がかり）', (r) => r.basisHints.join(' ／ ')],
  ['方法', (r) => r.methods.join(' ／ ')],
  ['目的', (r) => r.purpose], ['項目', (r) => r.items.join(' ／ ')], ['頻度', (r) => r.frequency],
  ['自治体', (r) => r.municipality], ['時点', (r) => r.validFrom], ['文書', (r) => r.provenance?.document],
  ['箇所', (r) => r.provenance?.section], ['行', (r) => r.provenance?.line], ['引用', (r) => r.provenance?.quote],
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
