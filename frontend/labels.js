// Readable Japanese for canonical legal-basis keys (番号法/19/8/別表2/27 and the like).

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function tableName(part) {
  const n = part.replace('別表', '');
  return `別表第${KANJI[Number(n)] ?? n}`;
}

/** Full label: 番号法 第19条第8号 別表第二 27の項. */
export function basisLabel(key) {
  if (!key) return '';
  const parts = key.split('/');
  let i = 1;
  let label = parts[0];
  if (parts[0] === '条例' && parts.length > 1) {
    label = `${parts[1]} 条例`;
    i = 2;
  }
  let position = 0;
  for (; i < parts.length; i += 1) {
    const part = parts[i];
    if (part.startsWith('別表')) {
      label += ` ${tableName(part)}`;
      if (i + 1 < parts.length) label += ` ${parts[i + 1]}の項`;
      break;
    }
    const branch = /^(\d+)の(\d+)$/.exec(part);
    if (position === 0) label += branch ? ` 第${branch[1]}条の${branch[2]}` : ` 第${part}条`;
    else if (position === 1) label += `第${part}${parts[0] === '番号法' && parts[i - 1] === '19' ? '号' : '項'}`;
    else label += `第${part}号`;
    position += 1;
  }
  return label;
}

/** Short label for an edge: 別表第二 27 when an item is named, else the article (第19条第8号). */
export function basisShort(key) {
  if (!key) return '';
  const parts = key.split('/');
  const table = parts.findIndex((p) => p.startsWith('別表'));
  if (table >= 0) {
    const item = parts[table + 1];
    return item ? `${tableName(parts[table])} ${item}` : tableName(parts[table]);
  }
  const full = basisLabel(key);
  return parts[0] === '番号法' ? full.replace(/^番号法 /, '') : full;
}

/** What an edge says about its legal basis, in at most a few words. */
export function edgeLabel(edge) {
  if (edge.basis?.length) {
    const shorts = [...new Set(edge.basis.map(basisShort))];
    // The picture gets the first basis and a count; the panel and the table list them all.
    return shorts.length > 1 ? `${shorts[0]} 他${shorts.length - 1}` : shorts[0];
  }
  if (edge.beppyoItems?.length) return `別表 ${edge.beppyoItems.join('・')}`;
  // A 提供 to another body needs a 番号法 basis; 移転 and 委託 stay inside the body's own work.
  if (edge.kind === '提供') return '根拠未記載';
  return '';
}

export function truncate(text, max = 18) {
  if (!text) return '';
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
