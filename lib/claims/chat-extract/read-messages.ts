import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { messageKeyOf } from './message-key';
import { textOf, unitSteps, type MessageUnit } from './message-units';
import { orderIdIn, pageFactSteps, sellerNameSteps, type PageFacts } from './page-facts';
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

  function* learnSellerNames(root: Node): Steps<void> {
    for (const name of yield* sellerNameSteps(root)) sellerNames.add(name);
  }

  /** Where an element goes among the messages read so far (binary search in page order). */
  const positionOf = (element: Element): number => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ordered[mid]!.element.compareDocumentPosition(element) & 4 /* FOLLOWING */) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const lastBuyerBefore = (position: number): string | null => {
    for (let i = position - 1; i >= 0; i--) if (ordered[i]!.from === 'buyer') return ordered[i]!.buyerId;
    return null;
  };

  const speakerOfUnit = (unit: MessageUnit) => {
    const role = unit.header.map(roleOf).find((r) => r !== undefined);
    const name = unit.header.find((p) => roleOf(p) === undefined) ?? '';
    const shop = shopOfSubAccount(name);
    if (shop) sellerNames.add(shop);
    return { name, from: speakerOf(role, name, sellerNames, unit.element) };
  };

  const toMessage = (unit: MessageUnit, name: string, from: Speaker, replyTo: string | null): ChatMessage | null => {
    const text = unit.body.map((b) => textOf(b, ignore)).join('\n').replace(/\n{2,}/g, '\n').trim();
    if (!text) return null;
    const buyerId = from === 'buyer' ? name || facts.buyerId || null : facts.buyerId ?? replyTo;
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

  /** One step per text node with a time stamp, per 256 other text nodes, and per message. */
  function* readSteps(root: Node): Steps<ChatMessage[]> {
    yield* learnSellerNames(read.size === 0 ? doc.body : root);
    const units: Array<{ unit: MessageUnit; name: string; from: Speaker }> = [];
    for (const unit of yield* unitSteps(root, { ignore })) {
      if (read.has(unit.element) || !unit.element.isConnected) continue;
      units.push({ unit, ...speakerOfUnit(unit) });
      yield;
    }
    if (units.length === 0) return [];
    if (read.size === 0) facts = yield* pageFactSteps(doc);
    // A batch is the page's new nodes, in page order: a reply belongs to the buyer
    // above it, or (a reply loaded above any buyer) to the first buyer below it.
    const at = positionOf(units[0]!.unit.element);
    const buyersInBatch = units.filter((u) => u.from === 'buyer').map((u) => u.name || null);
    let buyersPassed = 0;
    const firstBuyerAfter = () => buyersInBatch[buyersPassed] ?? ordered.slice(at).find((m) => m.from === 'buyer')?.buyerId ?? null;
    let above = lastBuyerBefore(at);
    const fresh: ChatMessage[] = [];
    for (const { unit, name, from } of units) {
      if (from === 'buyer') {
        above = name || null;
        buyersPassed += 1;
      }
      const message = toMessage(unit, name, from, above ?? firstBuyerAfter());
      yield;
      if (!message) continue;
      read.set(unit.element, message);
      fresh.push(message);
    }
    const position = fresh.length > 0 && fresh[0]!.element !== units[0]!.unit.element ? positionOf(fresh[0]!.element) : at;
    ordered.splice(position, 0, ...fresh);
    return fresh;
  }

  function* readEachSteps(roots: readonly Node[]): Steps<ChatMessage[]> {
    const fresh: ChatMessage[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const message of yield* readSteps(root)) fresh.push(message);
    }
    return fresh;
  }

  return {
    /** New messages under `root` (the whole page on the first call, added nodes after). */
    read: (root: Node = doc.body): ChatMessage[] => runAtOnce(readSteps(root)),
    /**
     * New messages under each root in turn (each a `read`), giving the page its
     * main thread back between slices: a 10,000-message chat is no long task.
     */
    readInSlices: (roots: readonly Node[], slices: SliceOptions = {}): Promise<ChatMessage[]> => runInSlices(readEachSteps(roots), slices),
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
