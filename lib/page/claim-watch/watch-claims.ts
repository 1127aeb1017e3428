import { createConversationBook } from '@/lib/claims/buyer-conversations';
import { createMessageReader, type ChatMessage } from '@/lib/claims/chat-extract';
import { isBadgeNode } from '@/lib/page/claim-badge';
import type { Send } from '@/lib/protocol/messages';
import { watchPage } from '@/lib/page/page-watch';
import { yieldToPage, type SliceOptions } from '@/lib/shared/slices';
import { badgeActions } from './badge-actions';
import { createBadges, type Badges } from './badges';
import { createMarks, type MarksChange } from './marks';

export { CHECKED_ATTRIBUTE } from './badges';

export type ClaimSend = Send;

// Added nodes kept between reads; past this the whole page is read again instead (the reader skips what it knows).
const PENDING_LIMIT = 2000;
// Work on a page with thousands of messages is done in slices, giving the page its main thread back in between:
// judging a message can take a millisecond, so a slice holds a few dozen.
const JUDGE_SLICE = 50;
const RENDER_SLICE = 100;

/**
 * Flags claimant-like buyer messages on a chat-history or refund page: reads
 * only nodes the page adds, judges each buyer's conversation incrementally and
 * puts a badge beside medium/high buyer messages. Never acts by itself: every
 * action is the seller's click, sent to the background.
 */
export function watchClaims(doc: Document, send: ClaimSend, pageUrl: () => string = () => doc.location.href, slices: SliceOptions = {}) {
  const reader = createMessageReader(doc, { ignore: isBadgeNode });
  const marks = createMarks(send);
  const book = createConversationBook((buyerId) => ({ ...(buyerId ? { buyerId } : {}), previouslyFlagged: buyerId !== null && marks.flagged.has(buyerId) }));
  const latest = new Map<string, ChatMessage>();
  const keysOfBuyer = (buyerId: string) => [...latest.values()].filter((m) => m.buyerId === buyerId).map((m) => m.key);
  const message = (key: string) => latest.get(key);
  const verdict = (key: string) => book.verdictOf(key);
  const badges: Badges = createBadges(doc, {
    marks,
    message,
    verdict,
    actions: (m, v, text) => badgeActions(m, v, text, { doc, send, marks, badges, keysOfBuyer, message, verdict, pageUrl }),
  });
  const pause = slices.pause ?? yieldToPage;
  const rejudge = async (buyers: Promise<string[]>) => (await buyers).flatMap((b) => book.rejudge(b));

  const scan = async (roots: Node[]) => {
    reader.forgetRemoved();
    const fresh = await reader.readInSlices(roots, slices);
    if (fresh.length === 0) return;
    for (const m of fresh) latest.set(m.key, m);
    const rejudged = await rejudge(marks.askFor(fresh));
    const changed = await book.addInSlices(fresh, pause, JUDGE_SLICE);
    const toRender = new Set([...fresh.map((m) => m.key), ...changed.map((v) => v.key), ...rejudged.map((v) => v.key)]);
    let drawn = 0;
    for (const key of toRender) {
      badges.render(key);
      if (++drawn % RENDER_SLICE === 0) await pause();
    }
  };

  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => console.warn('[卖家盾]', error));
    return queue;
  };
  // 30 ms after the page settles, and at the latest 300 ms after the first change: a ticker cannot keep a claim unflagged.
  const stopWatching = watchPage(doc.body, ({ added }) => {
    if (added?.length !== 0) void enqueue(() => scan(added ?? [doc.body]));
  }, { debounceMs: 30, maxWaitMs: 300, ignore: isBadgeNode, addedLimit: PENDING_LIMIT });
  const first = enqueue(() => scan([doc.body]));

  return {
    /** Resolves when the page as it is now has been read and badged. */
    settled: () => first.then(() => queue),
    /** The seller changed one buyer's marks or one dismissal elsewhere; the background pushed only that: redraw what it touches. */
    applyChange: (change: MarksChange) =>
      enqueue(async () => {
        const rejudged = marks.applyChange(change).flatMap((b) => book.rejudge(b));
        const keys = [...(change.buyer ? keysOfBuyer(change.buyer.buyerId) : []), ...(change.dismissal ? [change.dismissal.messageKey] : [])];
        for (const key of new Set([...keys, ...rejudged.map((v) => v.key)])) if (!badges.hasNote(key)) badges.render(key);
      }),
    stop: () => {
      stopWatching();
      badges.removeAll();
    },
  };
}
