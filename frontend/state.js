// The view's state lives in the address bar, so any view can be bookmarked, mailed or reopened:
// ?start=<node id>&dir=down&hops=3&asOf=2024-04-01&kind=入手,提供&method=電子メール&basis=<key>&muni=<name>&mn=1&open=<ids>&grp=<group ids>&all=<group ids>&sel=<id>
// or ?view=basis&law=<legal basis key> for the "by legal basis" view.

export const DEFAULT_HOPS = 6;
export const MAX_HOPS = 10;
export const DIRECTIONS = { both: 'BOTH', down: 'DOWNSTREAM', up: 'UPSTREAM' };

// grp: groups of recipients shown one by one; all: opened groups shown without the cap.
const LISTS = ['kind', 'method', 'open', 'grp', 'all'];

export function emptyState() {
  return {
    view: 'trace',
    start: null,
    law: null,
    hops: DEFAULT_HOPS,
    dir: 'both',
    asOf: '',
    kind: [],
    method: [],
    basis: '',
    muni: '',
    mn: false,
    open: [],
    grp: [],
    all: [],
    sel: null,
    // The view: x,y,scale of the picture's centre, so a deep link reopens at the same zoom.
    v: '',
    q: '',
  };
}

export function readState(href = window.location.href) {
  const params = new URL(href).searchParams;
  const state = emptyState();
  state.view = params.get('view') === 'basis' ? 'basis' : 'trace';
  state.start = params.get('start') || null;
  state.law = params.get('law') || null;
  state.dir = DIRECTIONS[params.get('dir')] ? params.get('dir') : 'both';
  const hops = Number.parseInt(params.get('hops') ?? '', 10);
  state.hops = Number.isFinite(hops) ? Math.min(MAX_HOPS, Math.max(1, hops)) : DEFAULT_HOPS;
  const asOf = params.get('asOf') ?? '';
  state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '';
  for (const key of LISTS) {
    state[key] = (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  }
  state.basis = params.get('basis') ?? '';
  state.muni = params.get('muni') ?? '';
  state.mn = params.get('mn') === '1';
  state.sel = params.get('sel') || null;
  state.q = params.get('q') ?? '';
  state.v = /^-?\d+,-?\d+,\d+(\.\d+)?$/.test(params.get('v') ?? '') ? params.get('v') : '';
  return state;
}

export function toQuery(state) {
  const params = new URLSearchParams();
  if (state.view === 'basis') params.set('view', 'basis');
  if (state.view === 'basis' && state.law) params.set('law', state.law);
  if (state.view === 'trace' && state.start) params.set('start', state.start);
  if (state.dir !== 'both') params.set('dir', state.dir);
  if (state.hops !== DEFAULT_HOPS) params.set('hops', String(state.hops));
  if (state.asOf) params.set('asOf', state.asOf);
  for (const key of LISTS) {
    if (state[key].length) params.set(key, state[key].join(','));
  }
  if (state.basis) params.set('basis', state.basis);
  if (state.muni) params.set('muni', state.muni);
  if (state.mn) params.set('mn', '1');
  if (state.sel) params.set('sel', state.sel);
  if (state.v) params.set('v', state.v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Writes the state to the address bar. A new start or view is a new history entry (Back returns
 * to the previous trace); filter changes replace the current one so Back is not flooded.
 */
export function writeState(state, { push = false } = {}) {
  const url = `${window.location.pathname}${toQuery(state)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
