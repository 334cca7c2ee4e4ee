// The side panel: what a node or a flow is, where the 評価書 says so (document, section, line,
// quote) and the source text around that line.

import { nodeStyle, flowStyle, RISKY_METHODS } from './styles.js';
import { basisLabel, basisAsWritten } from './labels.js';
import { catalogEntry, sourceExcerpt, serverCapabilities } from './queries.js';
import { el, pairContent, groupContent } from './panel-statements.js';
import { documentTitle, knownDate, plainText } from './words.js';

const PROPERTY_NAMES = {
  name: '名称', municipality: '自治体', organization: '機関', hosting: '設置場所', type: '種別',
  scope: '範囲', items: '記録項目', retention: '保管期間', recordCountRange: '対象件数', citation: '条文（評価書の記載）',
  law: '法令', kind: '種類', validFrom: '適用開始', validTo: '適用終了', formName: '評価書上の名称',
  systems: 'システム', process: '事務', myNumber: '個人番号を含む', hub: '全国共通の中継点', key: '正規キー',
  title: '表題', publishedOn: '公表日', approvedOn: '承認日', assessmentNumber: '評価書番号', fileName: 'ファイル名',
  processName: '事務名', flowCount: '流れの数', definedBy: '定める法令', departments: '部署',
  formNames: '評価書上の名称（すべて）', hostingEvidence: '設置場所の根拠', hostingSection: '設置場所の記載箇所', hostingLine: '設置場所の記載行',
  hostingQuote: '設置場所の記載', hostingDocument: '設置場所の評価書', hostingRuleId: '設置場所の推定規則',
  statedProvisionCount: '評価書の提供先の数', statedTransferCount: '評価書の移転先の数', formVersion: '様式', organization: '実施機関',
  assessmentKey: '評価書', counterpart: '相手方', file: 'ファイル', purpose: '目的', frequency: '頻度', recordCount: '件数',
};
const HIDDEN = new Set(['id', 'manifest', 'sha256', 'provDocument', 'provSection', 'provLine', 'provQuote', 'files', 'contentSha', 'loadedAt', 'assessment']);
const SCOPES = { NATIONAL: '全国', MUNICIPAL: '自治体', PREFECTURE: '都道府県' };
const SHOWN_ITEMS = 12;

function row(term, ...value) {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

function displayValue(key, value) {
  if (key === 'hostingEvidence') return value === 'DERIVED' ? '推定（全国共通の仕組みから）' : value === 'STATED' ? '評価書の記載' : value;
  if (key === 'hostingDocument') return documentTitle(value);
  if (value === 'true') return 'はい';
  if (value === 'false') return 'いいえ';
  if (key === 'scope') return SCOPES[value] ?? value;
  if (/^(validFrom|validTo|publishedOn|approvedOn)$/.test(key)) return knownDate(value) ?? '不明';
  // A file records up to hundreds of items: the count and the first few; 個人番号 always named.
  if (key === 'items') {
    const items = value.split(' / ').filter(Boolean);
    if (items.length > SHOWN_ITEMS) {
      const mine = items.filter((i) => i.includes('個人番号') && !i.includes('カード'));
      const first = [...new Set([...mine, ...items])].slice(0, SHOWN_ITEMS);
      return `${items.length} 項目: ${first.join('、')} ほか ${items.length - first.length} 項目`;
    }
    return items.join('、');
  }
  return plainText(value);
}

export class Panel {
  constructor(root, { onTraceFrom, onExpand, onClose, onShowNode, onStatement, onToggleGroup }) {
    this.root = root;
    this.body = root.querySelector('#panel-body');
    this.title = root.querySelector('#panel-title');
    this.actions = { onTraceFrom, onExpand, onClose, onShowNode, onStatement, onToggleGroup };
    this.returnFocus = null;
    root.querySelector('#panel-close').addEventListener('click', () => this.close());
  }

  get isOpen() { return !this.root.hidden; }

  open(title, content, returnFocus) {
    this.title.textContent = title;
    this.body.replaceChildren(...content);
    this.root.hidden = false;
    this.returnFocus = returnFocus ?? null;
    this.body.scrollTop = 0;
    // On a small screen the panel sits below the picture: bring it into view.
    this.root.scrollIntoView({ block: 'nearest' });
    if (returnFocus) this.title.focus({ preventScroll: true });
  }

  close() {
    if (this.root.hidden) return;
    this.root.hidden = true;
    this.actions.onClose();
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
  }

  showNode(node, { isStart, expanded, returnFocus, missing = [] }) {
    const style = nodeStyle(node.kind);
    const props = Object.fromEntries(node.properties.map((p) => [p.key, p.value]));
    const details = el('dl', { class: 'facts' },
      row('種類', el('span', { class: 'kind-tag', vars: { '--kind': style.color } }, style.label)),
      node.hops != null ? row('起点からの距離', node.hops === 0 ? '起点' : node.hops > 0 ? `行き先側に ${node.hops} 段` : `出どころ側に ${-node.hops} 段`) : null,
      // Keys without a Japanese name are internal: GraphiQL shows them, the panel does not.
      node.properties.filter((p) => !HIDDEN.has(p.key) && p.key !== 'name' && PROPERTY_NAMES[p.key])
        .flatMap((p) => row(PROPERTY_NAMES[p.key] ?? p.key, displayValue(p.key, p.value))));
    const buttons = el('div', { class: 'panel-actions' });
    if (!isStart) {
      buttons.append(el('button', { type: 'button', on: { click: () => this.actions.onTraceFrom(node) } }, 'ここを起点にたどる'));
    }
    if (node.kind !== 'LEGAL_BASIS') {
      buttons.append(el('button', { type: 'button', on: { click: () => this.actions.onExpand(node, node.hub) } },
        node.hub ? '中継点の先もひろげる' : (expanded ? 'もう一度ひろげる' : 'となりをひろげる')));
    } else {
      buttons.append(el('button', { type: 'button', on: { click: () => this.actions.onTraceFrom(node) } }, 'この根拠の流れをすべて見る'));
    }
    const content = [details, buttons];
    if (missing.length) {
      const list = el('ul', { class: 'missing-list' }, ...missing.map((r) => el('li', { class: r.read < r.declared ? 'warning' : '' },
        `${r.kind}: 評価書の件数 ${r.declared} 件、読み取り ${r.read} 件${r.read < r.declared ? `（${r.declared - r.read} 件は読み取れていません。原文で確認してください）` : ''}`)));
      content.unshift(el('h3', {}, '評価書の件数と読み取れた記載'), list);
    }
    if (node.hub) {
      const more = node.unexpandedEdges ? `この先に、まだ表示していない流れが ${node.unexpandedEdges} 件あります。` : '';
      content.unshift(el('p', { class: 'note' }, `全国の自治体が共通に使う中継点です。${more}他の自治体への流れは「中継点の先もひろげる」で表示します。`));
    }
    const provenance = props.provDocument ? {
      document: props.provDocument, version: props.assessment ?? null, section: props.provSection, line: props.provLine ? Number(props.provLine) : null, quote: props.provQuote,
    } : null;
    content.push(...this.provenanceBlock(provenance));
    this.open(node.name, content, returnFocus);
  }

  showEdge(edge, nodes, { returnFocus }) {
    const style = flowStyle(edge.kind);
    const from = nodes.get(edge.from)?.name ?? edge.from;
    const to = nodes.get(edge.to)?.name ?? edge.to;
    const basisList = el('ul', { class: 'basis-list' });
    if (edge.basis.length === 0) {
      basisList.append(edge.kind === '提供'
        ? el('li', { class: 'warning' }, '法令根拠が記載されていません。確認が必要です。')
        : el('li', {}, '評価書に法令根拠の記載はありません。'));
    }
    for (const key of edge.basis) {
      const canonical = el('strong', { class: 'basis-canonical' }, basisLabel(key));
      const item = el('li', {}, canonical, el('code', {}, key));
      const subject = el('span', { class: 'as-written basis-subject' });
      const asWritten = el('span', { class: 'as-written' });
      item.append(subject, asWritten);
      catalogEntry(key).then((entry) => {
        if (entry?.label) canonical.textContent = entry.label;
        if (entry?.title) subject.textContent = `項の内容: ${entry.title}${entry.actor ? `（${entry.actor}）` : ''}`;
      }).catch(() => {});
      basisList.append(item);
      // this flow's own citation cell, not the first spelling stored on the shared LegalBasis node
      if (basisAsWritten(edge)) asWritten.textContent = `評価書の記載: ${basisAsWritten(edge)}`;
    }
    const writtenCitations = [...edge.citations, ...(edge.unresolvedCitations ?? [])];
    const methods = el('span', {}, ...edge.methods.map((m) => el('span', { class: RISKY_METHODS.includes(m) ? 'tag risky' : 'tag' }, m)));
    const shownItems = edge.items.slice(0, SHOWN_ITEMS);
    const items = el('span', {}, ...shownItems.map((i) => el('span', { class: i.startsWith('個人番号') ? 'tag my-number' : 'tag' }, i)),
      edge.items.length > shownItems.length ? ` ほか ${edge.items.length - shownItems.length} 項目` : '');
    const details = el('dl', { class: 'facts' },
      row('流れの種類', el('span', { class: 'kind-tag', vars: { '--kind': style.color } }, edge.kind ?? '不明')),
      row('どこから', this.nodeLink(edge.from, from)),
      row('どこへ', this.nodeLink(edge.to, to)),
      row('個人番号', edge.myNumber ? el('strong', { class: 'my-number' }, '含む') : '含まない'),
      row('法令根拠', basisList),
      writtenCitations.length ? row('条文（評価書の記載どおり）', writtenCitations.join(' ／ ')) : null,
      edge.basisHints?.length ? row('他の欄にある別表の項（根拠ではなく手がかり）', edge.basisHints.join('、')) : null,
      row('方法', edge.methods.length ? methods : '記載なし'),
      edge.via?.length ? row('経由するシステム', edge.via.join('、')) : null,
      row('目的', edge.purpose ?? '記載なし'),
      row('項目', edge.items.length ? items : '記載なし'),
      row('頻度', edge.frequency ?? '記載なし'),
      edge.recordCount ? row('件数', edge.recordCount) : null,
      edge.municipality ? row('自治体', edge.municipality) : null,
      knownDate(edge.validFrom) ? row('評価書の時点', knownDate(edge.validFrom)) : null);
    this.open(`${edge.kind ?? '流れ'}: ${from} → ${to}`, [details, ...this.provenanceBlock(edge.provenance)], returnFocus);
  }

  /** A drawn edge: every statement it stands for, each with its own basis and source. */
  showPair(pair, nodes, hopsOf, { returnFocus } = {}) {
    const from = nodes.get(pair.from)?.name ?? pair.group?.name ?? pair.from;
    const to = nodes.get(pair.to)?.name ?? pair.to;
    const content = pairContent(pair, nodes, hopsOf, (key) => this.actions.onStatement(key));
    this.open(`${pair.kind}: ${from} → ${to}（${pair.count} 件）`, content, returnFocus);
  }

  /** A group of recipients: its members, and the button that shows them one by one or folds them again. */
  showGroup(group, nodes, { open, returnFocus } = {}) {
    const toggle = el('button', { type: 'button', on: { click: () => this.actions.onToggleGroup(group.id) } },
      open ? 'ひとつにまとめる' : '受け手を一つずつ表示');
    this.open(`${group.kind}先 ${group.members.length} 件`, [el('div', { class: 'panel-actions' }, toggle), ...groupContent(group, nodes, this.actions.onShowNode)], returnFocus);
  }

  /** A node named in a flow, as a button: the keyboard's way from a flow to its ends. */
  nodeLink(id, name) {
    return el('button', { type: 'button', class: 'link', title: 'この点の詳細を表示', on: { click: () => this.actions.onShowNode(id) } }, name);
  }

  provenanceBlock(provenance) {
    const heading = el('h3', {}, '出典');
    if (!provenance?.document) return [heading, el('p', { class: 'note' }, '出典の記録がありません。')];
    const facts = el('dl', { class: 'facts' },
      row('評価書', documentTitle(provenance.document)),
      provenance.section ? row('箇所', provenance.section) : null,
      provenance.line ? row('行', String(provenance.line)) : null,
      provenance.quote ? row('引用', el('q', {}, plainText(provenance.quote))) : null);
    const source = el('div', { class: 'source', 'aria-live': 'polite' }, '原文を読み込み中…');
    this.loadSource(source, provenance);
    return [heading, facts, el('h3', {}, '原文（前後の行）'), source];
  }

  async loadSource(target, { document, line, version }) {
    if (!line) { target.textContent = '行番号の記録がないため、原文は表示できません。'; return; }
    const can = await serverCapabilities();
    if (!can.has('sourceExcerpt')) { target.textContent = 'このサーバーは原文の表示に対応していません。'; return; }
    try {
      const excerpt = await sourceExcerpt(document, line, 5, version);
      const pre = el('pre', { class: 'excerpt', tabindex: '0', 'aria-label': `${documentTitle(document)} の ${line} 行目の前後` });
      for (const l of excerpt.lines) {
        const text = el('span', { class: 'line-text' }, plainText(l.text) || ' ');
        const lineEl = el('span', { class: l.number === line ? 'line focus' : 'line' },
          el('span', { class: 'line-no' }, String(l.number)), text);
        pre.append(lineEl, '\n');
      }
      target.replaceChildren(pre);
    } catch (error) {
      target.textContent = `原文を表示できません: ${error.message}`;
    }
  }
}
