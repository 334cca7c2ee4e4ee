// The 提供・移転 and 入手 methods as the 評価書 form offers them (its checkbox labels), so the
// method filter lists these words, not fragments of what a document wrote beside them.

export const CANONICAL_METHODS = ['情報提供ネットワークシステム', '庁内連携システム', '住基ネット', '専用線', '電子メール',
  '電子記録媒体', 'フラッシュメモリ', '紙', 'その他'];

/** The canonical methods a statement's written methods name ('その他' for anything else written). */
export function canonicalMethods(methods) {
  const found = new Set();
  for (const m of methods ?? []) {
    const hit = CANONICAL_METHODS.filter((c) => c !== 'その他' && m.includes(c));
    if (hit.length) hit.forEach((h) => found.add(h));
    else if (m.trim()) found.add('その他');
  }
  return [...found];
}
