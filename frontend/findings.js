// Findings list: filter by severity / rule / municipality / date (kept in the address bar), open a
// subject in the explorer (/?start=<node id>) and see the selected finding's subjects highlighted.
import { graphql } from './graphql.js';
import { el, option } from './dom.js';
import { documentTitle, plainText, rememberDocumentTitles } from './words.js';
import { assessmentVersions } from './queries.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const SEVERITY = { HIGH: '高', MEDIUM: '中', LOW: '低' };

const FINDINGS = `query($f: FindingFilter, $asOf: String) { findings(filter: $f, first: 1000, asOf: $asOf) {
  id rule title severity message municipality subjectIds evidence { document sectionPath line quote } validFrom validTo } }`;

let network = null;
window.lineageFindings = { rows: 0, graphNodes: 0 };

function filter() {
  const f = {};
  if ($('severity').value) f.severity = [$('severity').value];
  if ($('rule').value) f.rule = [$('rule').value];
  if ($('municipality').value) f.municipality = $('municipality').value;
  return f;
}

function remember() {
  const next = new URLSearchParams();
  if ($('severity').value) next.set('severity', $('severity').value);
  if ($('rule').value) next.set('rule', $('rule').value);
  if ($('municipality').value) next.set('muni', $('municipality').value);
  if ($('asof').value) next.set('asof', $('asof').value);
  history.replaceState(null, '', `${window.location.pathname}${next.size ? `?${next}` : ''}`);
}

async function loadChoices() {
  const { auditRules, municipalities } = await graphql('{ auditRules { id title severity } municipalities }');
  auditRules.forEach((r) => $('rule').append(option(r.id, r.title)));
  municipalities.forEach((m) => $('municipality').append(option(m, m)));
  if (params.get('severity')) $('severity').value = params.get('severity');
  if (params.get('rule')) $('rule').value = params.get('rule');
  if (params.get('muni')) $('municipality').value = params.get('muni');
  if (params.get('asof')) $('asof').value = params.get('asof');
}

// Which version of the 評価書 the finding was computed on: an older one says until when it was in force.
function version(f) {
  if (!f.validFrom || f.validFrom.startsWith('0001')) return null;
  return f.validTo ? `${f.validFrom}〜${f.validTo}の版` : `${f.validFrom}からの版`;
}

async function showGraph(finding, row) {
  document.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
  row.classList.add('selected');
  const nodes = [{ id: finding.id, label: `${SEVERITY[finding.severity]}: ${finding.title}`, shape: 'box', color: { background: '#fed7d7', border: '#c53030' } }];
  const edges = [];
  for (const id of finding.subjectIds) {
    const { node } = await graphql('query($id: ID!) { node(id: $id) { id kind name } }', { id });
    nodes.push({ id, label: node ? node.name : id, title: id, color: { background: '#fff5f5', border: '#c53030' }, borderWidth: 3 });
    edges.push({ from: finding.id, to: id, label: '対象', color: '#c53030', arrows: 'to' });
  }
  const data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
  if (network) network.destroy();
  network = new vis.Network($('finding-graph'), data, { physics: { stabilization: true }, edges: { length: 220 }, nodes: { font: { size: 14 } } });
  window.lineageFindings.graphNodes = nodes.length;
}

function render(findings) {
  const body = $('findings');
  body.replaceChildren();
  for (const f of findings) {
    const row = el('tr');
    const sev = el('td');
    sev.append(el('span', SEVERITY[f.severity], `sev-${f.severity}`));
    row.append(sev, el('td', f.title), el('td', f.municipality ?? ''), el('td', f.message));
    const ev = f.evidence;
    row.append(el('td', [ev.document ? documentTitle(ev.document) : null, version(f), ev.sectionPath, ev.line ? `${ev.line}行目` : null, ev.quote ? `「${plainText(ev.quote)}」` : null].filter(Boolean).join(' ')));
    const subjects = el('td');
    f.subjectIds.forEach((id) => {
      // A statement opens on its file's trace with the statement selected (see app.js), never alone.
      const link = el('a', '探索で開く');
      link.href = `/?start=${encodeURIComponent(id)}`;
      link.title = '流れをたどるで、この対象とそのまわりを表示します';
      subjects.append(link, el('br'));
    });
    row.append(subjects);
    row.addEventListener('click', (event) => { if (event.target.tagName !== 'A') showGraph(f, row); });
    body.append(row);
  }
  window.lineageFindings.rows = findings.length;
  $('status').textContent = findings.length ? `${findings.length} 件の指摘（行を選ぶと対象を図示します）` : '指摘はありません。';
  if (findings.length) showGraph(findings[0], body.firstElementChild);
}

async function refresh() {
  remember();
  $('status').textContent = '読み込み中…';
  const { findings } = await graphql(FINDINGS, { f: filter(), asOf: $('asof').value || null });
  render(findings);
}

async function start() {
  try {
    rememberDocumentTitles(await assessmentVersions().catch(() => []));
    await loadChoices();
    await refresh();
  } catch (e) {
    $('status').textContent = `エラー: ${e.message}`;
  }
}

['severity', 'rule', 'municipality', 'asof'].forEach((id) => $(id).addEventListener('change', () => refresh().catch((e) => { $('status').textContent = `エラー: ${e.message}`; })));
$('run').addEventListener('click', async () => {
  $('status').textContent = '監査を実行しています…';
  // A chosen 団体 is re-checked alone: on a national store the whole audit takes minutes.
  await graphql('mutation($m: String) { runAudit(municipality: $m) { findings } }', { m: $('municipality').value || null });
  await refresh();
});
start();
