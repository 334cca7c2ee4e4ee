// The picture by keyboard, as its label promises: once the canvas has focus (Tab), arrow keys
// pan, ＋ and － zoom, 0 fits everything. vis-network's own keyboard listens on an inner element
// that never gets focus, so the page handles the keys on the focusable container itself.

const PAN = 80;
const ZOOM = 1.25;

export function setupKeyboard(container, view) {
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const net = view.network;
    const scale = net.getScale();
    const at = net.getViewPosition();
    let position = null;
    let nextScale = scale;
    switch (event.key) {
      case 'ArrowLeft': position = { x: at.x - PAN / scale, y: at.y }; break;
      case 'ArrowRight': position = { x: at.x + PAN / scale, y: at.y }; break;
      case 'ArrowUp': position = { x: at.x, y: at.y - PAN / scale }; break;
      case 'ArrowDown': position = { x: at.x, y: at.y + PAN / scale }; break;
      case '+': case '=': case ';': case 'Add': nextScale = Math.min(3, scale * ZOOM); break;
      case '-': case '_': case 'Subtract': nextScale = Math.max(0.05, scale / ZOOM); break;
      case '0':
        event.preventDefault();
        view.fitted = null;
        view.restored = null;
        net.fit({ animation: false });
        view.viewChanged();
        return;
      default: return;
    }
    event.preventDefault();
    view.fitted = null;
    view.restored = null;
    net.moveTo({ position: position ?? at, scale: nextScale, animation: false });
    view.viewChanged();
  });
}
