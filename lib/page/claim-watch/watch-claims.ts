import { createConversationBook, type Verdict } from '@/lib/claims/buyer-conversations';
import { createMessageReader, type ChatMessage } from '@/lib/claims/chat-extract';
import { isBadgeNode, reasonsByKind, renderBadge, renderNote, renderWatchedMark, stepsByTime, type BadgeModel, type BadgeText } from '@/lib/page/claim-badge';
import type { BroadcastOf, ClaimMarksReply, ExtensionMessage, Send } from '@/lib/protocol/messages';
import { debounce } from '@/lib/page/page-watch';

export type ClaimSend = Send;
type MarksChange = Omit<BroadcastOf<'claim/marks-changed'>, 'type'>;

const FLAGGED_LEVELS = new Set(['medium', 'high']);
// Added nodes kept between reads; past this the whole page is read again instead (the reader skips what it knows).
const PENDING_LIMIT = 2000;
// Work on a page with thousands of messages is done in slices, giving the page its main thread back in between.
const RENDER_SLICE = 250;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// What one report message may carry (the background's schema says the same).
const REPORT_LIMIT = 500;
const EXTORTION_SIGNAL = 'combination.extortion';
export const CHECKED_ATTRIBUTE = 'data-seller-shield-checked';

/**
 * Flags claimant-like buyer messages on a chat-history or refund page: reads
 * only nodes the page adds, judges each buyer's conversation incrementally and
 * puts a badge beside medium/high buyer messages. Never acts by itself: every
 * action is the seller's click, sent to the background.
 */
export function watchClaims(doc: Document, send: ClaimSend, pageUrl: () => string = () => doc.location.href) {
  const reader = createMessageReader(doc, { ignore: isBadgeNode });
  const trusted = new Set<string>();
  const flagged = new Set<string>();
  const dismissed = new Set<string>();
  const asked = { buyers: new Set<string>(), keys: new Set<string>() };
  const book = createConversationBook((buyerId) => ({ ...(buyerId ? { buyerId } : {}), previouslyFlagged: buyerId !== null && flagged.has(buyerId) }));
  const latest = new Map<string, ChatMessage>();
  const hosts = new Map<string, HTMLElement>();
  let text: BadgeText | null = null;
  let queue = Promise.resolve();

  // A pushed change carries no words: the ones from the last answer stay.
  const applyMarks = (reply: Omit<ClaimMarksReply, 'text'> & { text?: BadgeText }, buyers: Iterable<string>, keys: Iterable<string>): string[] => {
    if (reply.text) text = reply.text;
    const rejudge: string[] = [];
    for (const b of buyers) {
      const wasFlagged = flagged.has(b);
      for (const [set, list] of [[trusted, reply.trusted], [flagged, reply.flagged]] as const) {
        if (list.includes(b)) set.add(b);
        else set.delete(b);
      }
      if (wasFlagged !== flagged.has(b)) rejudge.push(b);
    }
    for (const k of keys) {
      if (reply.dismissed.includes(k)) dismissed.add(k);
      else dismissed.delete(k);
    }
    return rejudge;
  };

  const askMarks = async (buyers: string[], keys: string[]): Promise<Verdict[]> => {
    if (buyers.length === 0 && keys.length === 0 && text) return [];
    const reply = await send({ type: 'claim/marks', buyerIds: buyers, messageKeys: keys });
    if (!reply.ok) return [];
    for (const b of buyers) asked.buyers.add(b);
    for (const k of keys) asked.keys.add(k);
    return applyMarks(reply.data, buyers, keys).flatMap((b) => book.rejudge(b));
  };

  const shouldFlag = (m: ChatMessage | undefined, v: Verdict | undefined): v is Verdict =>
    Boolean(m && v && m.from === 'buyer' && m.element.isConnected && FLAGGED_LEVELS.has(v.assessment.level)
      && !dismissed.has(m.key) && !(m.buyerId && trusted.has(m.buyerId)));

  // One badge and at most one note ("已忽略 · 撤销") per message.
  const notes = new Map<string, HTMLElement>();
  const put = (store: Map<string, HTMLElement>, key: string, host: HTMLElement | null) => {
    store.get(key)?.remove();
    store.delete(key);
    const m = latest.get(key);
    if (host && m) {
      m.textElement.after(host);
      store.set(key, host);
    }
  };
  const place = (key: string, badge: HTMLElement | null) => put(hosts, key, badge);
  const note = (key: string, host: HTMLElement | null) => {
    place(key, null);
    put(notes, key, host);
  };

  const modelOf = (m: ChatMessage, v: Verdict): BadgeModel => ({
    level: v.assessment.level === 'high' ? 'high' : 'medium',
    // The extortion warning has its own lines in the popover; its reason would say it a second time.
    signals: reasonsByKind([...v.assessment.signals.filter((s) => s.id !== EXTORTION_SIGNAL), ...oddAmounts(v, text?.amountOdd ?? '金额异常')]),
    // This message's own steps are its reasons; the chain shows what the buyer did before.
    chain: stepsByTime(v.chain.filter((s) => s.messageIndex < v.messageIndex)),
    extortion: v.assessment.extortion,
    messageText: m.text,
  });

  const flaggedMessage = (m: ChatMessage, v: Verdict) => ({
    buyerId: m.buyerId ?? m.name,
    messageKey: m.key,
    ...(m.orderId ? { orderId: m.orderId } : {}),
    pageUrl: pageUrl(),
    messageText: m.text,
    messageAt: m.at,
    assessment: v.assessment,
  });

  // A buyer on the watchlist: their messages without a badge still say so (the badge's reasons say it otherwise).
  const isWatched = (m: ChatMessage) =>
    m.from === 'buyer' && m.element.isConnected && m.buyerId !== null && flagged.has(m.buyerId) && !trusted.has(m.buyerId) && !dismissed.has(m.key);

  const render = (key: string) => {
    const m = latest.get(key);
    const v = book.verdictOf(key);
    // Says the message was judged (and how), so "no badge" is an answer, not a wait.
    if (m && v) m.element.setAttribute(CHECKED_ATTRIBUTE, v.assessment.level);
    if (!shouldFlag(m, v) || !text || !m) {
      place(key, m && text?.watched && isWatched(m) ? renderWatchedMark(doc, text.watched) : null);
      return;
    }
    const t = text;
    place(key, renderBadge(doc, modelOf(m, v), t, {
      saveEvidence: async () => (await send({ type: 'claim/save-evidence', ...flaggedMessage(m, v) })).ok,
      report: async () => (await send({ type: 'claim/report', ...flaggedMessage(m, v), buyerFlagged: flaggedOfBuyer(m) })).ok,
      dismiss: async () => {
        const ok = (await send({ type: 'claim/dismiss', messageKey: key })).ok;
        if (ok) {
          dismissed.add(key);
          note(key, renderNote(doc, t.dismissed, t.undo, () => void undo({ type: 'claim/dismiss', messageKey: key, undo: true }, () => dismissed.delete(key), [key])));
        }
        return ok;
      },
      trust: async () => {
        const buyerId = m.buyerId;
        if (!buyerId) return false;
        const ok = (await send({ type: 'claim/trust', buyerId })).ok;
        if (ok) {
          trusted.add(buyerId);
          const ofBuyer = keysOfBuyer(buyerId);
          for (const k of ofBuyer) render(k);
          note(key, renderNote(doc, t.trusted, t.undo, () => void undo({ type: 'claim/trust', buyerId, undo: true }, () => trusted.delete(buyerId), ofBuyer)));
        }
        return ok;
      },
    }));
  };

  const undo = async (message: ExtensionMessage, revert: () => void, keys: string[]) => {
    if (!(await send(message)).ok) return;
    revert();
    for (const k of keys) {
      note(k, null);
      render(k);
    }
  };

  // The buyer's flagged messages on this page, in conversation order: one report gathers them all.
  const flaggedOfBuyer = (m: ChatMessage) =>
    (m.buyerId ? keysOfBuyer(m.buyerId) : [m.key])
      .flatMap((k) => {
        const [other, v] = [latest.get(k), book.verdictOf(k)];
        return other && shouldFlag(other, v) ? [{ v, message: flaggedMessage(other, v) }] : [];
      })
      .sort((a, b) => a.v.messageIndex - b.v.messageIndex)
      .slice(-REPORT_LIMIT)
      .map(({ message }) => message);

  const keysOfBuyer = (buyerId: string) => [...latest.values()].filter((m) => m.buyerId === buyerId).map((m) => m.key);

  const scan = async (roots: Node[]) => {
    reader.forgetRemoved();
    const fresh = roots.flatMap((r) => (r.isConnected ? reader.read(r) : []));
    if (fresh.length === 0) return;
    for (const m of fresh) latest.set(m.key, m);
    const buyers = [...new Set(fresh.flatMap((m) => (m.buyerId && !asked.buyers.has(m.buyerId) ? [m.buyerId] : [])))];
    const keys = fresh.filter((m) => m.from === 'buyer' && !asked.keys.has(m.key)).map((m) => m.key);
    const rejudged = await askMarks(buyers, keys);
    const changed = await book.addInSlices(fresh.map((m) => ({ key: m.key, from: m.from, buyerId: m.buyerId, at: m.at, text: m.text })), pause);
    const toRender = new Set([...fresh.map((m) => m.key), ...changed.map((v) => v.key), ...rejudged.map((v) => v.key)]);
    let drawn = 0;
    for (const key of toRender) {
      render(key);
      if (++drawn % RENDER_SLICE === 0) await pause();
    }
  };

  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => console.warn('[卖家盾]', error));
    return queue;
  };

  let pending = new Set<Node>();
  let overflowed = false;
  // 30 ms after the page settles, and at the latest 300 ms after the first change: a ticker cannot keep a claim unflagged.
  const scanPending = debounce(() => {
    const roots = overflowed ? [doc.body] : outermost(pending);
    pending = new Set();
    overflowed = false;
    void enqueue(() => scan(roots));
  }, 30, 300);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (overflowed) break;
      for (const node of m.addedNodes) {
        if (isBadgeNode(node) || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
        pending.add(node);
        if (pending.size > PENDING_LIMIT) {
          pending = new Set();
          overflowed = true;
          break;
        }
      }
    }
    if (pending.size > 0 || overflowed) scanPending();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  const first = enqueue(() => scan([doc.body]));

  return {
    /** Resolves when the page as it is now has been read and badged. */
    settled: () => first.then(() => queue),
    /** The seller changed one buyer's marks or one dismissal elsewhere; the background pushed only that: redraw what it touches. */
    applyChange: ({ buyer, dismissal }: MarksChange) =>
      enqueue(async () => {
        const keys: string[] = [];
        let rejudged: Verdict[] = [];
        if (buyer) {
          const marks = { trusted: buyer.trusted ? [buyer.buyerId] : [], flagged: buyer.flagged ? [buyer.buyerId] : [], dismissed: [] };
          rejudged = applyMarks(marks, [buyer.buyerId], []).flatMap((b) => book.rejudge(b));
          keys.push(...keysOfBuyer(buyer.buyerId));
        }
        if (dismissal) {
          applyMarks({ trusted: [], flagged: [], dismissed: dismissal.dismissed ? [dismissal.messageKey] : [] }, [], [dismissal.messageKey]);
          keys.push(dismissal.messageKey);
        }
        for (const key of new Set([...keys, ...rejudged.map((v) => v.key)])) if (!notes.has(key)) render(key);
      }),
    stop: () => {
      scanPending.cancel();
      observer.disconnect();
      for (const host of [...hosts.values(), ...notes.values()]) host.remove();
    },
  };
}

// The background leaves such amounts out when the message is saved; the badge says so first.
const oddAmounts = (v: Verdict, label: string) =>
  v.assessment.amounts.some((amount) => !Number.isFinite(amount)) ? [{ group: 'amount-odd', label, weight: 0 }] : [];

/** Added nodes minus those inside another added node: each subtree is read once. Linear: each node walks up its own ancestors. */
export function outermost(nodes: ReadonlySet<Node>): Node[] {
  const inside = (n: Node) => {
    for (let up = n.parentNode; up; up = up.parentNode) if (nodes.has(up)) return true;
    return false;
  };
  return [...nodes].filter((n) => !inside(n));
}
