import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { renderBanner } from '@/lib/page/warning-banner';
import { onBroadcast, sendToBackground, type BannerWarning } from '@/lib/protocol/messages';
import { guardThisCopy } from '@/lib/page/page-watch';
import { bannerHostPatterns, detectSellerPage } from '@/lib/shared/sites';

const SELLER_KINDS = new Set(['violations', 'health-center', 'chat-history', 'refund-detail', 'seller-other']);

/** Runs a synchronous slice of the banner's work and records its main-thread time (read by the benchmark). */
function timed(work: () => void): void {
  const start = performance.now();
  work();
  performance.measure('seller-shield:banner', { start, end: performance.now() });
}

export default defineContentScript({
  // Seller pages only: buyer-facing pages (item pages, the shop front) never get the seller's standing.
  matches: [...bannerHostPatterns],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardThisCopy(window, browser, import.meta.env.ENTRYPOINT);
    if (!SELLER_KINDS.has(detectSellerPage(location.href))) return;
    let shown: { host: HTMLElement; signature: string } | null = null;

    const show = (warning: BannerWarning | null) => {
      if (shown && warning?.signature === shown.signature) return;
      shown?.host.remove();
      shown = null;
      if (!warning) return;
      const host = renderBanner(
        document,
        warning,
        // Sent straight from the click: the background opens the panel while the gesture lasts.
        () => void sendToBackground(browser.runtime, { type: 'panel/open' }),
        () => {
          host.remove();
          shown = null;
          void sendToBackground(browser.runtime, { type: 'warning/dismiss', signature: warning.signature });
        },
      );
      document.documentElement.append(host);
      shown = { host, signature: warning.signature };
    };

    const update = async () => {
      const reply = await sendToBackground(browser.runtime, { type: 'warning/get' });
      // No answer (the worker restarting, the extension reloaded): the banner stays as it is until the next change.
      if (ctx.isInvalid || !reply.ok) return;
      timed(() => show(reply.data));
    };

    timed(() => {
      void update();
      // After that the background pushes each new standing's banner: shown as it comes, nothing asked again.
      const stopListening = onBroadcast(browser.runtime.onMessage, 'standing/changed', ({ warning }) => {
        if (!ctx.isInvalid) timed(() => show(warning));
      });
      ctx.onInvalidated(() => {
        stopListening();
        shown?.host.remove();
      });
    });
  },
});
