import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchClaims } from '@/lib/page/claim-watch';
import { guardThisCopy } from '@/lib/page/page-watch';
import { onBroadcast, senderVia } from '@/lib/protocol/messages';
import { detectSellerPage } from '@/lib/shared/sites';

// Buyer messages in a browser: the chat-history page renders them in a frame
// on market.m.taobao.com; refund pages show the negotiation history (the new
// one inside the 千牛 shell, sometimes framed). So: every frame, and the flags
// start only where detectSellerPage says the page holds buyer messages.
const MESSAGE_PAGES = new Set(['chat-history-frame', 'refund-detail']);

export default defineContentScript({
  matches: [
    'https://market.m.taobao.com/app/qn/im-history-search/*',
    'https://refund2.taobao.com/*',
    'https://qn.taobao.com/*',
    'https://myseller.taobao.com/*',
  ],
  allFrames: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardThisCopy(window, browser, import.meta.env.ENTRYPOINT);
    let watcher: ReturnType<typeof watchClaims> | null = null;
    let watchedUrl = '';
    const update = () => {
      const onMessagePage = MESSAGE_PAGES.has(detectSellerPage(location.href));
      // Another dispute in the same single-page app: another buyer and order, so start afresh.
      if (watcher && (!onMessagePage || watchedUrl !== location.href.split('#')[0])) {
        watcher.stop();
        watcher = null;
      }
      if (onMessagePage && !watcher && !ctx.isInvalid) {
        watchedUrl = location.href.split('#')[0]!;
        watcher = watchClaims(document, senderVia(browser.runtime));
      }
    };
    update();
    ctx.addEventListener(window, 'wxt:locationchange', update);
    const stopListening = onBroadcast(browser.runtime.onMessage, 'claim/marks-changed', (change) => void watcher?.applyChange(change));
    ctx.onInvalidated(() => {
      stopListening();
      watcher?.stop();
    });
  },
});
