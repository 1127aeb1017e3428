import type { BannerWarning } from '@/lib/protocol/messages';
import { attachClosedShadow, onTrusted } from '@/lib/page/claim-badge';

const HOST_TAG = 'seller-shield-banner';
/** On the banner's host, as `data-seller-shield-claim` is on a badge's: how the extension's own elements are told apart. */
export const BANNER_HOST_ATTRIBUTE = 'data-seller-shield-banner';

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

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * The point-node warning as a closed shadow-DOM bar (the page's script cannot read the standing);
 * only the seller's own clicks act. Plain DOM: the banner runs on seller pages, with no UI framework.
 */
export function renderBanner(doc: Document, warning: BannerWarning, onOpen: () => void, onDismiss: () => void): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(BANNER_HOST_ATTRIBUTE, '');
  // Fixed in the bottom-right corner, never in the page's flow: the page's own layout does not move, and its
  // header (the 千牛 top bar with the shop:子账号, a 退款详情 heading) stays uncovered.
  host.style.cssText = 'position:fixed;right:16px;bottom:16px;max-width:min(640px, calc(100vw - 32px));z-index:2147483647;display:block;';
  const root = attachClosedShadow(host);
  const open = element(doc, 'button', { className: 'open', type: 'button', textContent: warning.openLabel });
  const close = element(doc, 'button', { className: 'close', type: 'button', textContent: '×', title: warning.dismissLabel });
  close.setAttribute('aria-label', warning.dismissLabel);
  // Only the seller's own click: the page's script calling .click() does nothing.
  onTrusted(open, 'click', onOpen);
  onTrusted(close, 'click', onDismiss);
  const bar = element(
    doc,
    'div',
    { className: 'bar', lang: warning.lang },
    element(doc, 'div', { className: 'text', title: [warning.headline, ...warning.details].join(' · ') }, element(doc, 'strong', { textContent: warning.headline }), ...warning.details.map((d) => element(doc, 'span', { className: 'detail', textContent: d }))),
    open,
    close,
  );
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', warning.label);
  bar.setAttribute('aria-live', 'polite');
  root.append(element(doc, 'style', { textContent: css }), bar);
  return host;
}

/** True inside the banner's host: the page watchers skip it. */
export function isBannerNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(`[${BANNER_HOST_ATTRIBUTE}]`));
}
