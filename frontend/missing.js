// What the page could not read: a 評価書 declares how many 提供先 and 移転先 a file has
// (「提供を行っている（58）件」); the statements read from it may be fewer. Said on the summary
// line and in a file's panel, so a short picture is never taken for the whole story.

import { statements } from './aggregate.js';

const DECLARED = [['提供', 'statedProvisionCount'], ['移転', 'statedTransferCount']];

function prop(node, key) {
  return node.properties?.find((p) => p.key === key)?.value ?? null;
}

/** Statements read per (file, kind) among everything loaded, filters aside. */
function readCounts(model) {
  const all = statements({ edges: [...model.edges.values()] });
  const counts = new Map();
  for (const s of all) {
    const key = `${s.from}\u0000${s.last.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** [{ file, name, kind, declared, read }] for the files in the model that declare a count. */
export function missingCounts(model) {
  const files = [...model.nodes.values()].filter((n) => n.kind === 'FILE' && DECLARED.some(([, key]) => prop(n, key) != null));
  if (!files.length) return [];
  const read = readCounts(model);
  const out = [];
  for (const f of files) {
    for (const [kind, key] of DECLARED) {
      const declared = prop(f, key);
      if (declared == null) continue;
      out.push({ file: f.id, name: f.name, kind, declared: Number(declared), read: read.get(`${f.id}\u0000${kind}`) ?? 0 });
    }
  }
  return out;
}

/** One sentence for the summary line: 住民基本台帳ファイル: 提供 記載 58 件中 60 件を読み取り … */
export function missingText(rows) {
  const byFile = new Map();
  for (const r of rows) {
    if (!byFile.has(r.name)) byFile.set(r.name, []);
    byFile.get(r.name).push(`${r.kind} 評価書の件数 ${r.declared}・読み取り ${r.read}${r.read < r.declared ? `（${r.declared - r.read} 件は読み取れていません）` : ''}`);
  }
  return [...byFile].map(([name, parts]) => `${name}: ${parts.join('、')}`).join('。');
}
