import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchListing } from '@/lib/page/listing-watch';
import { OVERLAY_HOST_TAG } from '@/lib/page/listing-overlay';
import { sendToBackground, senderVia } from '@/lib/protocol/messages';

// Not in the manifest: the background injects it into an item page when the
// seller chooses "卖家盾：自检这个商品" (activeTab), and it reads the page once.
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Asked again: the earlier marks give way to the new reading.
    for (const old of document.querySelectorAll(OVERLAY_HOST_TAG)) old.remove();
    watchListing(document, {
      source: 'detail',
      send: senderVia(browser.runtime),
      url: () => location.href,
      now: () => new Date(),
      onOpen: () => void sendToBackground(browser.runtime, { type: 'panel/open' }),
      follow: false,
    });
  },
});
