// The filter bar. Kind, method, legal basis, municipality and "個人番号 only" filter what is already
// loaded, instantly; direction, as-of date and maximum hops change the question, so they ask the server again.

import { FLOW_KINDS, flowStyle } from './styles.js';
import { basisLabel } from './labels.js';
import { MAX_HOPS } from './state.js';
import { canonicalMethods, CANONICAL_METHODS } from './methods.js';

function option(value, text, selected) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

function checkbox(name, value, text, checked, color) {
  const label = document.createElement('label');
  label.className = 'check';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  box.checked = checked;
  label.append(box);
  if (color) {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    swatch.setAttribute('aria-hidden', 'true');
    label.append(swatch);
  }
  label.append(text);
  return label;
}

export class Filters {
  constructor(form, onChange) {
    this.form = form;
    this.onChange = onChange;
    this.kinds = form.querySelector('#filter-kinds');
    this.methods = form.querySelector('#filter-methods');
    this.basis = form.querySelector('#filter-basis');
    this.muni = form.querySelector('#filter-muni');
    this.mn = form.querySelector('#filter-mn');
    this.asOf = form.querySelector('#filter-asof');
    this.hops = form.querySelector('#filter-hops');
    this.dir = form.querySelector('#filter-dir');
    this.maxHops = MAX_HOPS;
    this.hops.max = String(MAX_HOPS);
    this.kinds.replaceChildren(...Object.keys(FLOW_KINDS).map((k) => checkbox('kind', k, k, true, flowStyle(k).color)));
    form.addEventListener('change', (event) => this.changed(event.target));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('#filter-reset').addEventListener('click', () => this.onChange({
      kind: [], method: [], basis: '', muni: '', mn: false,
    }, { server: false }));
  }

  /** The server says how many hops a trace may take; the field offers no more. */
  limitHops(maxHops) {
    this.maxHops = Math.min(MAX_HOPS, maxHops);
    this.hops.max = String(this.maxHops);
  }

  changed(target) {
    if (target === this.asOf || target === this.hops || target === this.dir) {
      const hops = Math.min(this.maxHops, Math.max(1, Number.parseInt(this.hops.value, 10) || 1));
      this.onChange({ asOf: this.asOf.value, hops, dir: this.dir.value }, { server: true });
      return;
    }
    const checkedKinds = [...this.kinds.querySelectorAll('input:checked')].map((b) => b.value);
    const kind = checkedKinds.length === Object.keys(FLOW_KINDS).length ? [] : checkedKinds;
    const method = [...this.methods.querySelectorAll('input:checked')].map((b) => b.value);
    this.onChange({ kind, method, basis: this.basis.value, muni: this.muni.value, mn: this.mn.checked }, { server: false });
  }

  /** Shows the state and offers the methods, bases and municipalities found in the loaded graph. */
  render(state, model) {
    for (const box of this.kinds.querySelectorAll('input')) {
      box.checked = state.kind.length === 0 || state.kind.includes(box.value);
    }
    const methods = new Set(state.method);
    const bases = new Set(state.basis ? [state.basis] : []);
    const munis = new Set(state.muni ? [state.muni] : []);
    for (const edge of model.edges.values()) {
      canonicalMethods(edge.methods).forEach((m) => methods.add(m));
      edge.basis.forEach((b) => bases.add(b));
      if (edge.municipality) munis.add(edge.municipality);
    }
    for (const n of model.nodes.values()) if (n.municipality) munis.add(n.municipality);
    // In the form's order; only the methods the loaded statements use.
    const sortedMethods = CANONICAL_METHODS.filter((m) => methods.has(m));
    this.methods.replaceChildren(...(sortedMethods.length
      ? sortedMethods.map((m) => checkbox('method', m, m, state.method.includes(m), null))
      : [Object.assign(document.createElement('span'), { className: 'note', textContent: '方法の記載がまだありません' })]));
    this.basis.replaceChildren(option('', 'すべて', !state.basis),
      ...[...bases].sort((a, b) => a.localeCompare(b, 'ja', { numeric: true })).map((b) => option(b, basisLabel(b), b === state.basis)));
    this.muni.replaceChildren(option('', 'すべて', !state.muni),
      ...[...munis].sort((a, b) => a.localeCompare(b, 'ja')).map((m) => option(m, m, m === state.muni)));
    this.mn.checked = state.mn;
    this.asOf.value = state.asOf;
    this.hops.value = String(state.hops);
    this.dir.value = state.dir;
    // The by-legal-basis view lists flows, it does not trace: these three do not apply there.
    for (const input of [this.dir, this.asOf, this.hops]) input.disabled = state.view === 'basis';
  }
}
