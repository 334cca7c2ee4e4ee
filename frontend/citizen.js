// Citizen page: municipality → 事務 → explanation. State lives in the address bar
// (?muni=…&process=…&audience=…) so a page can be bookmarked or printed from a link.
import { graphql } from './graphql.js';
import { el, option } from './dom.js';
import { basisLabel } from './labels.js';
import { documentTitle, knownDate, plainText, rememberDocumentTitles } from './words.js';
import { assessmentVersions } from './queries.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);

const EXPLAIN = `query($p: ID!, $a: Audience) { explain(process: $p, audience: $a) {
  process processName municipality audience title assessment publishedOn
  sections { key heading sentences items { label detail basisKeys basisLabels citations evidence { document sectionPath line quote } } } } }`;

function remember() {
  const next = new URLSearchParams();
  if ($('municipality').value) next.set('muni', $('municipality').value);
  if ($('process').value) next.set('process', $('process').value);
  next.set('audience', $('audience').value);
  history.replaceState(null, '', `${window.location.pathname}?${next}`);
}

async function loadMunicipalities() {
  const { municipalities } = await graphql('{ municipalities }');
  const select = $('municipality');
  select.replaceChildren(...municipalities.map((m) => option(m, m)));
  if (params.get('muni') && municipalities.includes(params.get('muni'))) select.value = params.get('muni');
  return municipalities.length;
}

async function loadProcesses() {
  const { processes } = await graphql('query($m: String) { processes(municipality: $m) { id name } }',
    { m: $('municipality').value || null });
  const select = $('process');
  select.replaceChildren(...processes.map((p) => option(p.id, p.name)));
  const wanted = params.get('process');
  if (wanted && processes.some((p) => p.id === wanted)) select.value = wanted;
}

function renderItem(list, item, auditor) {
  list.append(el('dt', item.label));
  const dd = el('dd', item.detail ?? '');
  if (auditor) {
    if (item.basisKeys.length) {
      const keys = el('div', null, 'keys');
      item.basisKeys.forEach((k, i) => keys.append(el('span', `${item.basisLabels?.[i] ?? k} `), el('code', k)));
      dd.append(keys);
    }
    if (item.citations.length) dd.append(el('div', `記載: ${item.citations.join(' / ')}`, 'source'));
    const ev = item.evidence;
    if (ev && (ev.sectionPath || ev.line)) {
      dd.append(el('div', `出典: ${documentTitle(ev.document)} ${ev.sectionPath ?? ''}${ev.line ? ` ${ev.line}行目` : ''}${ev.quote ? `「${plainText(ev.quote)}」` : ''}`, 'source'));
    }
  }
  list.append(dd);
}

/** A label made of canonical keys (番号法/9/1/別表1/16、…) in words. */
function labelInWords(label) {
  if (!label || !label.includes('/')) return label;
  return label.split('、').map((k) => basisLabel(k.trim())).join('、');
}

const SHOWN_BASES = 8;

/**
 * For residents, each section stays short: the 利用 bases become one list in words (the first few
 * and a count), the recorded items stay summarised in the section's sentence, and each recipient is one line.
 */
function citizenSection(section, part) {
  if (section.key === 'held') return;
  if (section.key === 'use') {
    const labels = [...new Set(section.items.map((i) => labelInWords(i.label)).filter((l) => l && l !== '根拠条文（記載のまま）'))];
    if (!labels.length) return;
    const shown = labels.slice(0, SHOWN_BASES).join('、');
    part.append(el('p', `主な根拠: ${shown}${labels.length > SHOWN_BASES ? ` ほか ${labels.length - SHOWN_BASES} 件` : ''}`, 'compact'));
    return;
  }
  const list = el('ul', null, 'compact-list');
  section.items.forEach((item) => {
    const li = el('li');
    li.append(el('strong', labelInWords(item.label)), document.createTextNode(`　${item.detail ?? ''}`));
    list.append(li);
  });
  if (section.items.length) part.append(list);
}

function render(explanation) {
  const article = $('explanation');
  article.replaceChildren();
  if (!explanation) {
    article.hidden = true;
    $('status').textContent = 'この事務の説明を作れませんでした。';
    return;
  }
  const auditor = explanation.audience === 'AUDITOR';
  article.append(el('h2', explanation.title));
  const published = knownDate(explanation.publishedOn);
  article.append(el('p', `もとにした評価書: ${explanation.processName}（${explanation.municipality}）`
    + (published ? `、公表日 ${published}` : ''), 'meta'));
  for (const section of explanation.sections) {
    const part = el('section');
    part.dataset.key = section.key;
    part.append(el('h3', labelInWords(section.heading)));
    section.sentences.forEach((s) => part.append(el('p', s)));
    if (!auditor) {
      citizenSection(section, part);
    } else if (section.items.length) {
      const list = el('dl');
      section.items.forEach((item) => renderItem(list, { ...item, label: labelInWords(item.label) }, auditor));
      part.append(list);
    }
    article.append(part);
  }
  article.append(el('p', 'この説明は、公表された評価書の記載から自動で作成したものです。正確な内容は自治体の窓口でご確認ください。', 'meta'));
  article.append(el('p', `印刷日: ${new Date().toLocaleDateString('ja-JP')}　マイナンバー・リネージ`, 'meta print-only'));
  article.hidden = false;
  $('status').textContent = '';
  document.title = `${explanation.title} — マイナンバー・リネージ`;
  window.citizenReady = true;
}

async function explain() {
  remember();
  const process = $('process').value;
  if (!process) {
    $('status').textContent = 'この自治体には評価書のある事務がありません。';
    $('explanation').hidden = true;
    return;
  }
  $('status').textContent = '説明を作成しています…';
  const { explain: explanation } = await graphql(EXPLAIN, { p: process, a: $('audience').value });
  render(explanation);
}

async function start() {
  try {
    rememberDocumentTitles(await assessmentVersions().catch(() => []));
    if (params.get('audience') === 'AUDITOR') $('audience').value = 'AUDITOR';
    if ((await loadMunicipalities()) === 0) {
      $('status').textContent = 'まだ評価書が取り込まれていません。';
      return;
    }
    await loadProcesses();
    await explain();
  } catch (e) {
    $('status').textContent = `エラー: ${e.message}`;
  }
}

$('municipality').addEventListener('change', async () => { params.delete('process'); await loadProcesses(); await explain(); });
$('process').addEventListener('change', explain);
$('audience').addEventListener('change', explain);
$('print').addEventListener('click', () => window.print());
start();
