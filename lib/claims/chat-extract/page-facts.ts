import { runAtOnce, type Steps } from '@/lib/shared/slices';
import { shopOfSubAccount } from './speaker';
import { textNodesIn, textOf } from './message-units';

/** Facts a page states once for the whole conversation (refund pages: 买家, 订单编号). */
export type PageFacts = { buyerId?: string; orderId?: string };

const LABELS = {
  buyerId: /^(买家|买家昵称|买家账号|买家旺旺)$/,
  orderId: /^(订单编号|订单号|淘宝订单号|订单)$/,
};

/** The value `el` (a leaf) gives under `label`: after its colon, or in the next element; undefined when it is not that label. */
function valueFor(el: Element, raw: string, label: RegExp): string | undefined {
  const inline = /^([^:：]{1,8})[:：]\s*(\S.*)$/.exec(raw);
  if (inline && label.test(inline[1]!.trim())) return inline[2]!.trim();
  if (!label.test(raw.replace(/[:：]$/, ''))) return undefined;
  const value = el.nextElementSibling && textOf(el.nextElementSibling).trim();
  return value ? value.split('\n')[0]!.trim() : undefined;
}

export function pageFactsOf(root: ParentNode): PageFacts {
  return runAtOnce(pageFactSteps(root));
}

/**
 * `pageFactsOf` in steps of 256 elements: one pass over the page for both
 * labels (each the first the page shows), so a 10,000-message chat is no long task.
 */
export function* pageFactSteps(root: ParentNode): Steps<PageFacts> {
  let buyer: string | undefined;
  let order: string | undefined;
  let visited = 0;
  for (const el of root.querySelectorAll('dt, th, label, span, div, td')) {
    if (++visited % 256 === 0) yield;
    if (el.children.length > 0) continue;
    const raw = (el.textContent ?? '').trim();
    buyer ??= valueFor(el, raw, LABELS.buyerId);
    order ??= valueFor(el, raw, LABELS.orderId);
    if (buyer !== undefined && order !== undefined) break;
  }
  const facts: PageFacts = {};
  if (buyer) facts.buyerId = buyer;
  const orderId = order?.match(/\d{12,24}/)?.[0];
  if (orderId) facts.orderId = orderId;
  return facts;
}

/** An order number a message itself shows ("订单号：3021999000111", an order card). */
export function orderIdIn(text: string): string | undefined {
  return /订单(?:编号|号)?\s*[:：]?\s*(\d{12,24})/.exec(text)?.[1];
}

/**
 * The seller's names the page shows anywhere (the 千牛 top bar, reply headers):
 * every text piece that is a whole `店铺:子账号`, and its shop.
 */
export function sellerNamesIn(root: Node): Set<string> {
  return runAtOnce(sellerNameSteps(root));
}

/** `sellerNamesIn` in steps of 256 text nodes. */
export function* sellerNameSteps(root: Node): Steps<Set<string>> {
  const names = new Set<string>();
  let visited = 0;
  for (const n of textNodesIn(root, { restarted: false })) {
    if (++visited % 256 === 0) yield;
    const piece = (n.nodeValue ?? '').trim();
    if (piece.length > 60 || !/^[^\s:：,，。！？!?、]+[:：][^\s:：,，。！？!?、]+$/.test(piece)) continue;
    const shop = shopOfSubAccount(piece);
    if (shop && !/^\d+$/.test(shop) && !/\d{4}$/.test(shop)) names.add(shop);
  }
  return names;
}
