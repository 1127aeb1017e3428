import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { chatMessageOf, type ChatMessage } from './chat-message';
import { unitSteps } from './message-units';
import { pageFactSteps, sellerNameSteps, type PageFacts } from './page-facts';
import { positionOf, repliedBuyers } from './page-order';
import { spokenUnitOf, type SpokenUnit } from './speaker';

export type { ChatMessage };

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

  function* newUnitSteps(root: Node): Steps<SpokenUnit[]> {
    const units: SpokenUnit[] = [];
    for (const unit of yield* unitSteps(root, { ignore })) {
      if (read.has(unit.element) || !unit.element.isConnected) continue;
      units.push(spokenUnitOf(unit, sellerNames));
      yield;
    }
    return units;
  }

  /** One step per text node with a time stamp, per 256 other text nodes, and per message. */
  function* readSteps(root: Node): Steps<ChatMessage[]> {
    yield* learnSellerNames(read.size === 0 ? doc.body : root);
    const units = yield* newUnitSteps(root);
    if (units.length === 0) return [];
    if (read.size === 0) facts = yield* pageFactSteps(doc);
    const at = positionOf(ordered, units[0]!.unit.element);
    const replyTo = repliedBuyers(units, ordered, at);
    const fresh: ChatMessage[] = [];
    for (const [i, spoken] of units.entries()) {
      const message = chatMessageOf(spoken, replyTo[i]!, facts, ignore);
      yield;
      if (!message) continue;
      read.set(spoken.unit.element, message);
      fresh.push(message);
    }
    const position = fresh.length > 0 && fresh[0]!.element !== units[0]!.unit.element ? positionOf(ordered, fresh[0]!.element) : at;
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
