// On first start the app loads its demo data while it already answers: the page says how far it has
// come ("デモデータを読み込んでいます 3/5") and, once it is done, loads what it shows again, so the graph
// appears without a reload.

import { graphql } from './graphql.js';

const QUERY = 'query DemoData { demoData { state loaded total message } }';
const BUSY = new Set(['PENDING', 'LOADING']);

/**
 * Polls `demoData` while the server is busy with it. `onDone` runs once when loading ends after the
 * page saw it running; a server without the field (an older one) is left alone.
 */
export function watchDemoData(element, onDone, { interval = 1000 } = {}) {
  let sawBusy = false;
  let stopped = false;

  async function poll() {
    if (stopped) return;
    let progress;
    try {
      progress = (await graphql(QUERY)).demoData;
    } catch (error) {
      if (/demoData/.test(error.message)) { element.hidden = true; return; }
      // The server is still starting (or restarting): keep asking.
      show('サーバーの応答を待っています…');
      setTimeout(poll, interval);
      return;
    }
    window.lineage && (window.lineage.demoData = progress);
    if (BUSY.has(progress.state)) {
      sawBusy = true;
      show(progress.message);
      setTimeout(poll, interval);
      return;
    }
    if (sawBusy) {
      if (progress.state === 'DONE') {
        show(`${progress.message}検索と図を更新しました。`);
        setTimeout(() => { element.hidden = true; }, 8000);
      } else {
        element.hidden = true;
      }
      onDone(progress);
    } else {
      element.hidden = true;
    }
  }

  function show(text) {
    element.textContent = text;
    element.hidden = !text;
  }

  poll();
  return { stop() { stopped = true; } };
}
