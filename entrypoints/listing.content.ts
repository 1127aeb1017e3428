import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchListing, type ListingWatch } from '@/lib/page/listing-watch';
import { guardStartedEvent, startedEventName } from '@/lib/page/page-watch';
import { sendToBackground } from '@/lib/protocol/messages';

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
    guardStartedEvent(window, startedEventName(browser.runtime.id, import.meta.env.ENTRYPOINT), () => browser.runtime?.id != null);
    const watch: ListingWatch = watchListing(document, {
      source: location.hostname.endsWith('tmall.com') ? 'tmall-form' : 'taobao-form',
      send: (message) => sendToBackground(browser.runtime, message),
      url: () => location.href,
      now: () => new Date(),
      onOpen: () => void sendToBackground(browser.runtime, { type: 'panel/open' }),
      follow: true,
    });
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'listing/dismissals-changed') void watch.refreshDismissals();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      watch.stop();
    });
  },
});
