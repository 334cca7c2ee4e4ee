// Words people read instead of ids: 評価書名 for document file names, dates only when known, the
// way a hop is known (written or completed by a rule) in Japanese.

const titles = new Map();

/** Remembers 評価書名 by the file name provenance records carry. */
export function rememberDocumentTitles(versions) {
  for (const v of versions) {
    const props = Object.fromEntries((v.node?.properties ?? []).map((p) => [p.key, p.value]));
    const file = props.fileName ?? props.document ?? null;
    const base = v.title || v.processName || '';
    const title = `${v.municipality && !base.includes(v.municipality) ? `${v.municipality} ` : ''}${base}`.trim();
    if (file && title) titles.set(file, `${title}${v.kind && !title.includes(v.kind) ? `（${v.kind}）` : ''}`);
  }
}

/** The 評価書名 of a document, or its file name when the title is unknown. */
export function documentTitle(fileName) {
  if (!fileName) return '';
  return titles.get(fileName) ?? fileName;
}

/** A date as people write it, or null when it is unknown (the store's 0001-01-01 means unknown). */
export function knownDate(value) {
  if (!value || /^0+1-01-01/.test(value)) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** 記載 / 推定（rule） for a statement's hops. */
export function evidenceText(hops) {
  const derived = hops.filter((h) => h.derived);
  if (!derived.length) return '記載';
  const rules = [...new Set(derived.map((h) => h.evidence?.rule ?? h.evidence?.ruleId).filter(Boolean))];
  const what = derived.length === hops.length ? '推定' : '記載＋経路の推定';
  return rules.length ? `${what}（${rules.join('・')}）` : what;
}

/** Markup some sources keep (checkboxes, tags) turned into what a reader sees. */
export function plainText(text) {
  if (!text) return '';
  return String(text)
    .replace(/<input[^>]*\bchecked\b[^>]*>/gi, '☑')
    .replace(/<input[^>]*>/gi, '☐')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
