// The whole picture as one PNG, whatever the screen shows: the drawn nodes and edges are laid out
// once more at full size in a canvas off screen, under a title, the date and counts, with the
// legend below. The screen's zoom and scroll do not matter.

import { FONT } from './graph-view.js';
import { NODE_KINDS, FLOW_KINDS } from './styles.js';

const MARGIN = 40;
const HEADER = 96;
const LEGEND = 120;
/** Large pictures are drawn smaller so the image stays within what browsers can encode. */
const MAX_SIDE = 8000;

function whenDrawn(network) {
  return new Promise((resolve) => {
    network.once('afterDrawing', () => resolve());
    network.redraw();
  });
}

/** Renders the view's data into an off-screen network; returns a canvas with everything on it. */
export async function renderWholePicture(view, { title, subtitle }) {
  const extent = view.extent ?? { left: -400, right: 400, top: -300, bottom: 300 };
  const width = Math.ceil(extent.right - extent.left) + 2 * MARGIN;
  const height = Math.ceil(extent.bottom - extent.top) + 2 * MARGIN + 60;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height + HEADER + LEGEND));
  const host = document.createElement('div');
  host.className = 'offscreen-picture';
  host.style.setProperty('width', `${Math.ceil(width * scale)}px`);
  host.style.setProperty('height', `${Math.ceil(height * scale)}px`);
  document.body.append(host);
  try {
    const nodes = view.nodes.get().map((n) => ({ ...n, x: view.positions?.get(n.id)?.x ?? n.x, y: view.positions?.get(n.id)?.y ?? n.y }));
    const network = new vis.Network(host, { nodes, edges: view.edges.get() }, {
      autoResize: false, physics: false, layout: { hierarchical: false, improvedLayout: false },
      interaction: { dragView: false, zoomView: false }, nodes: { margin: 8 },
    });
    network.on('beforeDrawing', (ctx) => view.drawLanes(ctx, network));
    network.moveTo({ position: { x: (extent.left + extent.right) / 2, y: (extent.top + extent.bottom) / 2 - 30 }, scale, animation: false });
    await whenDrawn(network);
    const picture = network.canvas.frame.canvas;
    const ratio = picture.width / picture.clientWidth || 1;
    const out = document.createElement('canvas');
    out.width = picture.width;
    out.height = picture.height + Math.round((HEADER + LEGEND) * ratio);
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.scale(ratio, ratio);
    ctx.fillStyle = '#1f2933';
    ctx.font = `bold 22px ${FONT}`;
    ctx.fillText(title, MARGIN / 2, 34);
    ctx.font = `14px ${FONT}`;
    ctx.fillStyle = '#52606d';
    ctx.fillText(subtitle, MARGIN / 2, 60);
    ctx.fillText(`作成: ${new Date().toLocaleString('ja-JP')}　マイナンバー・リネージ`, MARGIN / 2, 82);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(picture, 0, Math.round(HEADER * ratio));
    ctx.scale(ratio, ratio);
    drawLegend(ctx, HEADER + picture.clientHeight + 16, picture.clientWidth);
    network.destroy();
    return out;
  } finally {
    host.remove();
  }
}

function drawLegend(ctx, top, width) {
  ctx.font = `bold 14px ${FONT}`;
  ctx.fillStyle = '#1f2933';
  ctx.fillText('凡例', MARGIN / 2, top + 14);
  ctx.font = `13px ${FONT}`;
  let x = MARGIN / 2 + 50;
  let y = top + 14;
  const step = (w) => {
    x += w;
    if (x > width - 160) { x = MARGIN / 2 + 50; y += 24; }
  };
  for (const kind of ['FILE', 'SYSTEM', 'ORGANIZATION', 'DEPARTMENT', 'CONTRACTOR']) {
    const s = NODE_KINDS[kind];
    ctx.fillStyle = s.color;
    ctx.fillRect(x, y - 11, 22, 13);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(s.label, x + 28, y);
    step(60 + 14 * s.label.length);
  }
  ctx.fillStyle = '#5b6b7f';
  ctx.fillRect(x, y - 11, 22, 13);
  ctx.fillStyle = '#1f2933';
  ctx.fillText('受け手のまとまり（件数）', x + 28, y);
  step(220);
  x = MARGIN / 2 + 50;
  y += 26;
  for (const [kind, s] of Object.entries(FLOW_KINDS)) {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x, y - 4);
    ctx.lineTo(x + 26, y - 4);
    ctx.stroke();
    ctx.fillText(kind, x + 32, y);
    step(32 + 14 * kind.length + 24);
  }
  x = MARGIN / 2 + 50;
  y += 26;
  ctx.strokeStyle = '#333333';
  ctx.setLineDash([2, 6]);
  ctx.beginPath();
  ctx.moveTo(x, y - 4);
  ctx.lineTo(x + 26, y - 4);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillText('点線: 評価書に書かれておらず全国共通の仕組みから補った経路（推定）　実線: 評価書の記載　太線: 個人番号を含む　線の「N件」: まとめた記載の数', x + 32, y);
}

/** Saves the whole picture; resolves to what was saved. */
export async function exportWholePng(view, meta, download, fileName) {
  const canvas = await renderWholePicture(view, meta);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const saved = download(blob, fileName);
  return { ...saved, width: canvas.width, height: canvas.height };
}
