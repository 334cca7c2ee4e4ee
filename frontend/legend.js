// The key to the picture, drawn from the same style tables as the graph.

import { NODE_KINDS, FLOW_KINDS } from './styles.js';

const SHOWN_NODE_KINDS = ['FILE', 'SYSTEM', 'ORGANIZATION', 'DEPARTMENT', 'CONTRACTOR', 'LEGAL_BASIS', 'PROCESS'];
const SVG = 'http://www.w3.org/2000/svg';

function shapeSvg(shape, color) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 16');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  let el;
  switch (shape) {
    case 'box': el = document.createElementNS(SVG, 'rect'); Object.entries({ x: 2, y: 3, width: 20, height: 10, rx: 2 }).forEach(([k, v]) => el.setAttribute(k, v)); break;
    case 'ellipse': el = document.createElementNS(SVG, 'ellipse'); Object.entries({ cx: 12, cy: 8, rx: 10, ry: 5 }).forEach(([k, v]) => el.setAttribute(k, v)); break;
    case 'database': el = document.createElementNS(SVG, 'path'); el.setAttribute('d', 'M5 4 a7 2 0 0 0 14 0 v8 a7 2 0 0 1 -14 0 z'); break;
    case 'diamond': el = document.createElementNS(SVG, 'polygon'); el.setAttribute('points', '12,1 19,8 12,15 5,8'); break;
    case 'triangle': el = document.createElementNS(SVG, 'polygon'); el.setAttribute('points', '12,1 20,15 4,15'); break;
    case 'hexagon': el = document.createElementNS(SVG, 'polygon'); el.setAttribute('points', '7,2 17,2 21,8 17,14 7,14 3,8'); break;
    case 'star': el = document.createElementNS(SVG, 'polygon'); el.setAttribute('points', '12,1 14,6 20,6 15,10 17,15 12,12 7,15 9,10 4,6 10,6'); break;
    default: el = document.createElementNS(SVG, 'circle'); Object.entries({ cx: 12, cy: 8, r: 5 }).forEach(([k, v]) => el.setAttribute(k, v));
  }
  el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}

function lineSvg(color, { width = 3, dashed = false } = {}) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 32 12');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  Object.entries({ x1: 1, y1: 6, x2: 25, y2: 6, stroke: color, 'stroke-width': width }).forEach(([k, v]) => line.setAttribute(k, v));
  if (dashed) line.setAttribute('stroke-dasharray', '4 3');
  const head = document.createElementNS(SVG, 'polygon');
  head.setAttribute('points', '24,2 31,6 24,10');
  head.setAttribute('fill', color);
  svg.append(line, head);
  return svg;
}

function entry(symbol, text, help) {
  const li = document.createElement('li');
  li.append(symbol, document.createTextNode(text));
  if (help) li.title = help;
  return li;
}

export function renderLegend(root) {
  const nodes = document.createElement('ul');
  nodes.className = 'legend-list';
  nodes.setAttribute('aria-label', '点の種類');
  for (const kind of SHOWN_NODE_KINDS) {
    const s = NODE_KINDS[kind];
    nodes.append(entry(shapeSvg(s.shape, s.color), s.label));
  }
  const flows = document.createElement('ul');
  flows.className = 'legend-list';
  flows.setAttribute('aria-label', '流れの種類');
  for (const [kind, s] of Object.entries(FLOW_KINDS)) {
    flows.append(entry(lineSvg(s.color), `${kind}（${s.help}）`, s.help));
  }
  const marks = document.createElement('ul');
  marks.className = 'legend-list';
  marks.setAttribute('aria-label', '線と枠の意味');
  marks.append(
    entry(lineSvg('#333', { width: 4 }), '太い実線: 個人番号を含む'),
    entry(lineSvg('#333', { width: 1.5, dashed: true }), '細い破線: 個人番号を含まない'),
    entry(Object.assign(document.createElement('span'), { className: 'mark mark-start', ariaHidden: 'true' }), '黒い太枠: 起点'),
    entry(Object.assign(document.createElement('span'), { className: 'mark mark-hub', ariaHidden: 'true' }), '破線の枠: 全国共通の中継点'),
  );
  const h = (text) => Object.assign(document.createElement('h3'), { textContent: text });
  root.replaceChildren(h('点'), nodes, h('流れ（線の色）'), flows, h('線と枠'), marks);
}
