import type { ChatMessage } from '@/lib/claims/chat-extract';
import type { BadgeText } from '@/lib/page/claim-badge';
import type { BroadcastOf, ClaimMarksReply } from '@/lib/protocol/messages';
import type { ClaimSend } from './watch-claims';

export type Marks = ReturnType<typeof createMarks>;
/** One buyer's marks or one dismissal, as the background pushes it when the seller changes it elsewhere. */
export type MarksChange = Omit<BroadcastOf<'claim/marks-changed'>, 'type'>;

/**
 * What the background holds for this page's buyers and messages — trusted
 * buyers, buyers on the watchlist, dismissed flags — and the badge wording,
 * asked once per buyer and message; a change made elsewhere is pushed, one buyer or one dismissal at a time.
 */
export function createMarks(send: ClaimSend) {
  const trusted = new Set<string>();
  const flagged = new Set<string>();
  const dismissed = new Set<string>();
  const asked = { buyers: new Set<string>(), keys: new Set<string>() };
  let text: BadgeText | null = null;

  /** Returns the buyers whose watchlist state changed. A pushed change carries no words: the ones from the last answer stay. */
  const apply = (reply: Omit<ClaimMarksReply, 'text'> & { text?: BadgeText }, buyers: Iterable<string>, keys: Iterable<string>): string[] => {
    if (reply.text) text = reply.text;
    const changed: string[] = [];
    for (const b of buyers) {
      const wasFlagged = flagged.has(b);
      for (const [set, list] of [[trusted, reply.trusted], [flagged, reply.flagged]] as const) {
        if (list.includes(b)) set.add(b);
        else set.delete(b);
      }
      if (wasFlagged !== flagged.has(b)) changed.push(b);
    }
    for (const k of keys) {
      if (reply.dismissed.includes(k)) dismissed.add(k);
      else dismissed.delete(k);
    }
    return changed;
  };

  const ask = async (buyers: string[], keys: string[]): Promise<string[]> => {
    if (buyers.length === 0 && keys.length === 0 && text) return [];
    const reply = await send({ type: 'claim/marks', buyerIds: buyers, messageKeys: keys });
    if (!reply.ok) return [];
    for (const b of buyers) asked.buyers.add(b);
    for (const k of keys) asked.keys.add(k);
    return apply(reply.data, buyers, keys);
  };

  return {
    trusted,
    flagged,
    dismissed,
    text: () => text,
    /** The marks of the buyers and buyer messages among `fresh` not asked for before. */
    askFor: (fresh: readonly ChatMessage[]) =>
      ask(
        [...new Set(fresh.flatMap((m) => (m.buyerId && !asked.buyers.has(m.buyerId) ? [m.buyerId] : [])))],
        fresh.filter((m) => m.from === 'buyer' && !asked.keys.has(m.key)).map((m) => m.key),
      ),
    /** Takes a pushed change; returns the buyers whose watchlist state changed. */
    applyChange: ({ buyer, dismissal }: MarksChange): string[] => [
      ...(buyer ? apply({ trusted: buyer.trusted ? [buyer.buyerId] : [], flagged: buyer.flagged ? [buyer.buyerId] : [], dismissed: [] }, [buyer.buyerId], []) : []),
      ...(dismissal ? apply({ trusted: [], flagged: [], dismissed: dismissal.dismissed ? [dismissal.messageKey] : [] }, [], [dismissal.messageKey]) : []),
    ],
  };
}
