import { messageKeyOf } from './message-key';
import { findUnits, textOf, type MessageUnit } from './message-units';
import { orderIdIn, pageFactsOf, sellerNamesIn, type PageFacts } from './page-facts';
import { roleOf, shopOfSubAccount, speakerOf, type Speaker } from './speaker';

export type ChatMessage = {
  /** Stable across reloads and page builds: buyer, time and text. */
  key: string;
  from: Speaker;
  /** The name the page shows for the speaker ('' for system lines). */
  name: string;
  /** The buyer whose conversation this message belongs to, when known. */
  buyerId: string | null;
  at: string;
  text: string;
  orderId?: string;
  element: Element;
  /** The last element of the message's text: the badge goes after it. */
  textElement: Element;
};

export type ReaderOptions = {
  /** The seller's own names known from elsewhere (settings, the 千牛 top bar). */
  sellerNames?: Iterable<string>;
  ignore?: (node: Node) => boolean;
};

/**
 * Reads messages from a chat-history or refund page, incrementally: `read(root)`
 * returns only messages not read before, in document order. Seller messages
 * join the conversation of the nearest buyer before them (or the page's buyer).
 */
export function createMessageReader(doc: Document, options: ReaderOptions = {}) {
  const ignore = options.ignore ?? (() => false);
  const sellerNames = new Set(options.sellerNames ?? []);
  const read = new Map<Element, ChatMessage>();
  let ordered: ChatMessage[] = [];
  let facts: PageFacts = {};

  const learnSellerNames = (root: Node) => {
    for (const name of sellerNamesIn(root)) sellerNames.add(name);
  };

  // From the end: new messages mostly arrive below the ones already read.
  const nearestBuyer = (element: Element): string | null => {
    for (let i = ordered.length - 1; i >= 0; i--) {
      if (!(ordered[i]!.element.compareDocumentPosition(element) & 4 /* FOLLOWING */)) continue;
      for (let j = i; j >= 0; j--) if (ordered[j]!.from === 'buyer') return ordered[j]!.buyerId;
      break;
    }
    return ordered.find((m) => m.from === 'buyer')?.buyerId ?? null;
  };

  const speakerOfUnit = (unit: MessageUnit) => {
    const role = unit.header.map(roleOf).find((r) => r !== undefined);
    const name = unit.header.find((p) => roleOf(p) === undefined) ?? '';
    const shop = shopOfSubAccount(name);
    if (shop) sellerNames.add(shop);
    return { name, from: speakerOf(role, name, sellerNames, unit.element) };
  };

  const toMessage = (unit: MessageUnit, name: string, from: Speaker): ChatMessage | null => {
    const text = unit.body.map((b) => textOf(b, ignore)).join('\n').replace(/\n{2,}/g, '\n').trim();
    if (!text) return null;
    const buyerId = from === 'buyer' ? name || facts.buyerId || null : facts.buyerId ?? nearestBuyer(unit.element);
    const orderId = orderIdIn(text) ?? facts.orderId;
    return {
      key: messageKeyOf(buyerId, unit.at, text),
      from,
      name,
      buyerId,
      at: unit.at,
      text,
      ...(orderId ? { orderId } : {}),
      element: unit.element,
      textElement: unit.body[unit.body.length - 1]!,
    };
  };

  const insertInOrder = (message: ChatMessage) => {
    let i = ordered.length;
    while (i > 0 && ordered[i - 1]!.element.compareDocumentPosition(message.element) & 2 /* PRECEDING */) i--;
    ordered.splice(i, 0, message);
  };

  return {
    /** New messages under `root` (the whole page on the first call, added nodes after). */
    read(root: Node = doc.body): ChatMessage[] {
      if (read.size === 0) learnSellerNames(doc.body);
      else learnSellerNames(root);
      const units = findUnits(root, { ignore })
        .filter((u) => !read.has(u.element) && u.element.isConnected)
        .map((unit) => ({ unit, ...speakerOfUnit(unit) }));
      if (units.length === 0) return [];
      // Read again each time: an SPA shows another dispute's buyer and order without reloading.
      facts = pageFactsOf(doc);
      // Buyers first, so a seller's reply above them in the same batch finds its conversation.
      const fresh: ChatMessage[] = [];
      for (const pass of [true, false]) {
        for (const { unit, name, from } of units) {
          if ((from === 'buyer') !== pass) continue;
          const message = toMessage(unit, name, from);
          if (!message) continue;
          read.set(unit.element, message);
          insertInOrder(message);
          fresh.push(message);
        }
      }
      fresh.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
      return fresh;
    },
    /** Forget units the page removed (a buyer switch re-renders the list). */
    forgetRemoved(): void {
      for (const [element] of read) if (!element.isConnected) read.delete(element);
      ordered = ordered.filter((m) => m.element.isConnected);
    },
    sellerNames: () => new Set(sellerNames),
  };
}

/** Every message on a page at once (tests, the refund page's first read). */
export function readMessages(doc: Document, options: ReaderOptions = {}): ChatMessage[] {
  return createMessageReader(doc, options).read(doc.body);
}
