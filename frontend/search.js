// Type-ahead: asks the server as the user types (debounced), lists the matches in an ARIA
// listbox that the arrow keys walk through, and hands the chosen node to onPick.

import { search } from './queries.js';
import { nodeStyle } from './styles.js';

export const START_KINDS = ['SYSTEM', 'FILE', 'ORGANIZATION', 'DEPARTMENT', 'CONTRACTOR', 'LEGAL_BASIS'];
const DEBOUNCE_MS = 250;

export function setupSearch({ input, list, status, onPick, kinds = START_KINDS }) {
  let hits = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render(text) {
    list.replaceChildren(...hits.map((node, i) => {
      const li = document.createElement('li');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.id = node.id;
      const kind = document.createElement('span');
      kind.className = 'kind-tag';
      kind.style.setProperty('--kind', nodeStyle(node.kind).color);
      kind.textContent = nodeStyle(node.kind).label;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = node.name;
      li.append(kind, name);
      const muni = node.municipality;
      if (muni && !node.name.includes(muni)) {
        const where = document.createElement('small');
        where.textContent = muni;
        li.append(where);
      }
      li.addEventListener('mousedown', (event) => { event.preventDefault(); pick(i); });
      return li;
    }));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent = hits.length
      ? `候補が ${hits.length} 件あります。上下の矢印キーで選び、Enter で決定します。`
      : `「${text}」に一致するものはありません。`;
    highlight(hits.length ? 0 : -1);
  }

  async function ask(text) {
    const ticket = ++asked;
    try {
      const found = await search(text, typeof kinds === 'function' ? kinds() : kinds);
      if (ticket !== asked) return; // a newer keystroke has been answered or is on its way
      hits = found;
      render(text);
    } catch (error) {
      if (ticket === asked) status.textContent = `検索できませんでした: ${error.message}`;
    }
  }

  function pick(index) {
    const node = hits[index];
    if (!node) return;
    input.value = node.name;
    close();
    onPick(node);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { hits = []; close(); return; }
    timer = setTimeout(() => ask(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim()) { clearTimeout(timer); ask(input.value.trim()); }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    /** Runs a search at once, e.g. for ?q= in a deep link. */
    run(text) { input.value = text; return ask(text); },
  };
}
