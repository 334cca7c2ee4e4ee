// Every statement in view as a table row, however the picture folds them: the keyboard's way into
// the graph (every row is a button that opens the statement and lights its path) and the
// "by legal basis" view's list.

import { flowStyle } from './styles.js';
import { basisShorts } from './basis-text.js';
import { evidenceText } from './words.js';

const MAX_ROWS = 1000;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

/** statements: from aggregate.statements(); onOpen(statementKey, button). */
export function renderFlowTable(tbody, caption, statements, nodes, onOpen) {
  const rows = statements.slice(0, MAX_ROWS).map((s) => {
    const e = s.last;
    const tr = document.createElement('tr');
    tr.dataset.statement = s.key;
    tr.dataset.edge = e.id;
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = e.kind ?? '流れ';
    open.style.setProperty('--kind', flowStyle(e.kind).color);
    open.addEventListener('click', () => onOpen(s.key, open));
    const first = document.createElement('td');
    first.append(open);
    tr.append(first,
      cell(nodes.get(s.from)?.name ?? s.from),
      cell(nodes.get(s.to)?.name ?? s.to),
      cell(basisShorts(e).join('・') || '—'),
      cell(e.methods.join('、') || '—'),
      cell(s.hops.some((h) => h.myNumber) ? '含む' : '—'),
      cell(s.hops.some((h) => h.evidence) ? evidenceText(s.hops) : '—'));
    if (s.hops.every((h) => h.derived)) tr.classList.add('derived-row');
    if (s.hops.some((h) => h.myNumber)) tr.classList.add('my-number-row');
    return tr;
  });
  tbody.replaceChildren(...rows);
  const more = statements.length - rows.length;
  caption.textContent = statements.length === 0
    ? '表示中の流れはありません。'
    : `表示中の記載 ${statements.length} 件${more > 0 ? `（先頭 ${rows.length} 件を表示。すべては CSV・JSON に書き出せます）` : ''}`;
}
