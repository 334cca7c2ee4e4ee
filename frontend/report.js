// The printable trace report: the explorer's question (same address parameters) answered as the
// auditor files it — each statement with its hops, basis, the citation as written, how each hop
// is known and the source line.

import * as api from './queries.js';
import { el } from './dom.js';
import { readState, DIRECTIONS } from './state.js';
import { applyFilters } from './graph-view.js';
import { statements, hopKind } from './aggregate.js';
import { basisLabels } from './basis-text.js';
import { documentTitle, rememberDocumentTitles, evidenceText, knownDate, plainText } from './words.js';
import { missingCounts, missingText } from './missing.js';

const $ = (id) => document.getElementById(id);


function row(table, head, value) {
  if (value == null || value === '') return;
  const tr = el('tr');
  tr.append(el('th', head), el('td', value));
  table.append(tr);
}

function source(hop) {
  const p = hop.provenance ?? (hop.evidence?.document ? { document: hop.evidence.document, section: hop.evidence.sectionPath, line: hop.evidence.line, quote: hop.evidence.quote } : null);
  if (!p?.document) return hop.derived ? `推定: ${hop.evidence?.rule ?? hop.evidence?.ruleId ?? '全国共通の仕組み'}${hop.evidence?.source ? `（${hop.evidence.source}）` : ''}` : '記録なし';
  return `${documentTitle(p.document)}${p.section ? ` ${p.section}` : ''}${p.line ? ` ${p.line} 行目` : ''}${p.quote ? `「${plainText(p.quote)}」` : ''}`;
}

async function load() {
  const state = readState();
  if (!state.start) {
    $('status').textContent = '起点が指定されていません。流れをたどるで起点を選んでから「報告書」を押してください。';
    return;
  }
  rememberDocumentTitles(await api.assessmentVersions().catch(() => []));
  const start = await api.node(state.start);
  const graph = await api.trace({ from: state.start, direction: DIRECTIONS[state.dir], maxHops: state.hops, asOf: state.asOf });
  const model = { start: state.start, nodes: new Map(graph.nodes.map((n) => [n.id, n])), edges: new Map(graph.edges.map((e) => [e.id, e])) };
  if (start && !model.nodes.has(start.id)) model.nodes.set(start.id, start);
  const visible = applyFilters(model, state);
  const listed = statements(visible);
  const details = await api.flowDetailsMany(listed.map((s) => s.last)).catch(() => new Map());
  const name = (id) => model.nodes.get(id)?.name ?? id;

  $('report-title').textContent = `個人番号の流れ 報告書: ${start?.name ?? state.start}`;
  $('report-meta').textContent = `${start?.properties?.find((p) => p.key === 'municipality')?.value ?? ''} 作成 ${new Date().toLocaleString('ja-JP')}　時点 ${knownDate(graph.asOf) ?? '今日'}　マイナンバー・リネージ`;
  const summary = $('report-summary');
  const kinds = new Map();
  for (const s of listed) kinds.set(s.last.kind, (kinds.get(s.last.kind) ?? 0) + 1);
  const add = (t, v) => summary.append(el('dt', t), el('dd', v));
  add('起点', start?.name ?? state.start);
  add('記載の数', `${listed.length} 件（${[...kinds].map(([k, n]) => `${k} ${n}`).join('・')}）`);
  const missing = missingCounts(model);
  if (missing.length) add('評価書の件数との差', missingText(missing));
  add('推定を含む記載', `${listed.filter((s) => s.hops.some((h) => h.derived)).length} 件`);
  const filters = [state.kind.length && `種類 ${state.kind.join('・')}`, state.method.length && `方法 ${state.method.join('・')}`, state.mn && '個人番号を含む流れだけ', state.muni && `自治体 ${state.muni}`].filter(Boolean);
  add('絞り込み', filters.length ? filters.join('、') : 'なし');

  const host = $('report-statements');
  listed.forEach((s, i) => {
    const e = { ...s.last, ...(details.get(s.last.id) ?? {}) };
    const box = el('section', null, 'statement');
    box.append(el('h3', `${i + 1}. ${e.kind ?? '流れ'}: ${name(s.from)} → ${name(s.to)}`));
    const table = el('table');
    row(table, '経路', s.hops.map((h) => `${hopKind(h)}→${name(h.to)}${h.derived ? '（推定）' : ''}`).join('　'));
    row(table, '法令根拠', basisLabels(e).join('、') || (e.kind === '提供' ? '記載なし（確認が必要）' : '記載なし'));
    row(table, '条文（記載どおり）', [...e.citations, ...(e.unresolvedCitations ?? [])].join(' ／ '));
    row(table, '正規キー', e.basis.join(' '));
    row(table, '方法', e.methods.join('、') || '記載なし');
    row(table, '目的', e.purpose);
    row(table, '頻度', e.frequency);
    row(table, '根拠の種類', evidenceText(s.hops));
    row(table, '出典', source(e));
    const derivedHops = s.hops.filter((h) => h.derived);
    if (derivedHops.length) row(table, '推定した経路の根拠', [...new Set(derivedHops.map(source))].join(' ／ '));
    box.append(table);
    host.append(box);
  });
  $('status').textContent = '';
  $('report').hidden = false;
  window.reportReady = true;
}

$('print').addEventListener('click', () => window.print());
load().catch((error) => { $('status').textContent = `読み込めませんでした: ${error.message}`; });
