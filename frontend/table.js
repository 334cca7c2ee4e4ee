// The flows in view as a table: the keyboard's way into the graph (every row is a button that
// opens the flow in the panel) and the "by legal basis" view's list.

import { flowStyle } from './styles.js';
import { basisShort } from './labels.js';

const MAX_ROWS = 500;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

export function renderFlowTable(tbody, caption, visible, nodes, onOpen) {
  const rows = visible.edges.slice(0, MAX_ROWS).map((e) => {
    const tr = document.createElement('tr');
    tr.dataset.edge = e.id;
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = e.kind ?? '流れ';
    open.style.setProperty('--kind', flowStyle(e.kind).color);
    open.addEventListener('click', () => onOpen(e.id, open));
    const first = document.createElement('td');
    first.append(open);
    tr.append(first,
      cell(nodes.get(e.from)?.name ?? e.from),
      cell(nodes.get(e.to)?.name ?? e.to),
      cell(e.basis.length ? e.basis.map(basisShort).join('・') : (e.beppyoItems.length ? `別表 ${e.beppyoItems.join('・')}` : '—')),
      cell(e.methods.join('、') || '—'),
      cell(e.myNumber ? '含む' : '—'),
      cell(e.evidence ? (e.derived ? `推定（${e.evidence.ruleId}）` : '記載') : '—'));
    if (e.derived) tr.classList.add('derived-row');
    if (e.myNumber) tr.classList.add('my-number-row');
    return tr;
  });
  tbody.replaceChildren(...rows);
  const more = visible.edges.length - rows.length;
  caption.textContent = visible.edges.length === 0
    ? '表示中の流れはありません。'
    : `表示中の流れ ${visible.edges.length} 件${more > 0 ? `（先頭 ${rows.length} 件を表示）` : ''}`;
}
