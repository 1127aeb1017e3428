import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchListing, type ListingWatch } from '@/lib/page/listing-watch';
import { askSellState, onSellStateReady } from '@/lib/page/sell-state-bridge';
import { guardThisCopy } from '@/lib/page/page-watch';
import { onBroadcast, sendToBackground, senderVia } from '@/lib/protocol/messages';

// The publish and edit forms (Taobao sell v2, Tmall): the listing self-check
// follows the form as the seller edits it. Matched by content script only: the
// forms are not in the host permissions, and no buyer-facing page is.
export default defineContentScript({
  matches: [
    'https://item.upload.taobao.com/sell/v2/publish.htm*',
    'https://item.upload.taobao.com/sell/v2/draft.htm*',
    'https://sell.publish.tmall.com/tmall/publish.htm*',
  ],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardThisCopy(window, browser, import.meta.env.ENTRYPOINT);
    const tmall = location.hostname.endsWith('tmall.com');
    const watch: ListingWatch = watchListing(document, {
      source: tmall ? 'tmall-form' : 'taobao-form',
      // Tmall's live model, through the page-world script listing-state.content.ts.
      ...(tmall ? { liveModel: () => askSellState(window, 300) } : {}),
      send: senderVia(browser.runtime),
      url: () => location.href,
      now: () => new Date(),
      onOpen: () => void sendToBackground(browser.runtime, { type: 'panel/open' }),
      follow: true,
    });
    const stopListening = onBroadcast(browser.runtime.onMessage, 'listing/dismissals-changed', () => void watch.refreshDismissals());
    // The page-world script may start after the first check: check again when it does.
    const stopReady = tmall ? onSellStateReady(window, () => void watch.recheck()) : () => undefined;
    ctx.onInvalidated(() => {
      stopReady();
      stopListening();
      watch.stop();
    });
  },
});
