// How a statement's legal basis is shown, in one place: the server's words for each canonical key
// (labels.js keeps what the API said), so every table, panel, export and picture label agrees.

import { basisLabel, basisShort } from './labels.js';

/** Full Japanese labels of a statement's bases, one per basis. */
export function basisLabels(edge) {
  return (edge.basis ?? []).map(basisLabel);
}

/** Short labels (別表第二 27, 第19条第8号) of a statement's bases. */
export function basisShorts(edge) {
  const shorts = (edge.basis ?? []).map(basisShort);
  if (!shorts.length && edge.beppyoItems?.length) return [`別表 ${edge.beppyoItems.join('・')}`];
  return shorts;
}

/**
 * A few words for a drawn edge standing for many statements: the 別表 items gathered per table
 * (別表第二 27・28・31 ほか 9 項), other bases by name, so no item hides behind a bare count.
 */
export function edgeBasisSummary(members, maxItems = 3) {
  const tables = new Map();
  const others = new Set();
  for (const m of members) {
    for (const s of basisShorts(m)) {
      // 「別表第二第27項」「主務省令第2条の表第48項」 (the server's words), or 「別表第二 27」.
      const match = /^(別表第?[一二三四五六七八九十\d]*|主務省令第\d+条の表)\s*第?([^第\s].*?)項?$/.exec(s);
      if (match) {
        if (!tables.has(match[1])) tables.set(match[1], new Set());
        tables.get(match[1]).add(match[2]);
      } else {
        others.add(s);
      }
    }
  }
  const parts = [];
  for (const [table, items] of tables) {
    const sorted = [...items].sort((a, b) => a.localeCompare(b, 'ja', { numeric: true }));
    const shown = sorted.slice(0, maxItems).join('・');
    parts.push(sorted.length > maxItems ? `${table} ${shown} ほか ${sorted.length - maxItems} 項` : `${table} ${shown}`);
  }
  const rest = [...others];
  if (rest.length) parts.push(rest.length > 2 ? `${rest.slice(0, 2).join('・')} ほか ${rest.length - 2}` : rest.join('・'));
  return parts.join('／');
}
