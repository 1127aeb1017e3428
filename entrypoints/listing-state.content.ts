import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerSellState } from '@/lib/page/sell-state-bridge';

// The one page-world script, and only on the Tmall form: its live model
// (window.__SELL_STATE__) exists nowhere else — the inline window.Json is the
// form as loaded, and a module description edited since is neither there nor in
// any field on the page. This script only answers the isolated listing script's
// requests with the form values as JSON; it reads no extension API, stores
// nothing, and writes nothing into the page's state or the form.
export default defineContentScript({
  matches: ['https://sell.publish.tmall.com/tmall/publish.htm*'],
  world: 'MAIN',
  // No global variable of ours in the page's world.
  globalName: false,
  runAt: 'document_idle',
  main() {
    answerSellState(window);
  },
});
