import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { attachClosedShadow, onTrusted } from '@/lib/page/claim-badge';
import { onBroadcast, sendToBackground, type BannerWarning } from '@/lib/protocol/messages';
import { guardStartedEvent, startedEventName } from '@/lib/page/page-watch';
import { bannerHostPatterns, detectSellerPage } from '@/lib/shared/sites';

const HOST_TAG = 'seller-shield-banner';
const SELLER_KINDS = new Set(['violations', 'health-center', 'chat-history', 'refund-detail', 'seller-other']);

// Plain DOM in a closed shadow root (the page's script cannot read the standing): the script runs on the seller pages, so it
// carries no UI framework and no schema library; the background validates.
const css = `
:host { all: initial; }
.bar { box-sizing: border-box; display: flex; align-items: center; gap: 10px; padding: 6px 8px 6px 12px;
  font: 14px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #5c0b00; background: #fff1f0; border: 1px solid #f4b4ae; border-left: 4px solid #d93025; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
.text { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
strong { font-weight: 600; }
.detail { font-size: 13px; color: #7a271a; }
.detail::before { content: " · "; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
.open { padding: 4px 12px; color: #fff; background: #d93025; border: 1px solid #b3261e; white-space: nowrap; }
.close { width: 28px; height: 28px; padding: 0; color: #5c0b00; background: transparent; border: 1px solid transparent; font-size: 18px; line-height: 1; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function buildBanner(warning: BannerWarning, onOpen: () => void, onDismiss: () => void): HTMLElement {
  const host = document.createElement(HOST_TAG);
  // Fixed in the bottom-right corner, never in the page's flow: the page's own layout does not move, and its
  // header (the 千牛 top bar with the shop:子账号, a 退款详情 heading) stays uncovered.
  host.style.cssText = 'position:fixed;right:16px;bottom:16px;max-width:min(640px, calc(100vw - 32px));z-index:2147483647;display:block;';
  const root = attachClosedShadow(host);
  const open = element('button', { className: 'open', type: 'button', textContent: warning.openLabel });
  const close = element('button', { className: 'close', type: 'button', textContent: '×', title: warning.dismissLabel });
  close.setAttribute('aria-label', warning.dismissLabel);
  // Only the seller's own click: the page's script calling .click() does nothing.
  onTrusted(open, 'click', onOpen);
  onTrusted(close, 'click', onDismiss);
  const bar = element(
    'div',
    { className: 'bar', lang: warning.lang },
    element('div', { className: 'text', title: [warning.headline, ...warning.details].join(' · ') }, element('strong', { textContent: warning.headline }), ...warning.details.map((d) => element('span', { className: 'detail', textContent: d }))),
    open,
    close,
  );
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', warning.label);
  bar.setAttribute('aria-live', 'polite');
  root.append(element('style', { textContent: css }), bar);
  return host;
}

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
    guardStartedEvent(window, startedEventName(browser.runtime.id, import.meta.env.ENTRYPOINT), () => browser.runtime?.id != null);
    if (!SELLER_KINDS.has(detectSellerPage(location.href))) return;
    let shown: { host: HTMLElement; signature: string } | null = null;

    const show = (warning: BannerWarning | null) => {
      if (shown && warning?.signature === shown.signature) return;
      shown?.host.remove();
      shown = null;
      if (!warning) return;
      const host = buildBanner(
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
