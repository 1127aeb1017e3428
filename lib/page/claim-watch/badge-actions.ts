import type { Verdict } from '@/lib/claims/buyer-conversations';
import type { ChatMessage } from '@/lib/claims/chat-extract';
import { renderNote, type BadgeActions, type BadgeText } from '@/lib/page/claim-badge';
import type { ExtensionMessage } from '@/lib/protocol/messages';
import type { Badges } from './badges';
import type { Marks } from './marks';
import type { ClaimSend } from './watch-claims';

type Context = {
  doc: Document;
  send: ClaimSend;
  marks: Marks;
  badges: Badges;
  keysOfBuyer: (buyerId: string) => string[];
  message: (key: string) => ChatMessage | undefined;
  verdict: (key: string) => Verdict | undefined;
  pageUrl: () => string;
};

// What one report message may carry (the background's schema says the same).
const REPORT_LIMIT = 500;

const flaggedMessage = (m: ChatMessage, v: Verdict, pageUrl: () => string) => ({
  buyerId: m.buyerId ?? m.name,
  messageKey: m.key,
  ...(m.orderId ? { orderId: m.orderId } : {}),
  pageUrl: pageUrl(),
  messageText: m.text,
  messageAt: m.at,
  assessment: v.assessment,
});

/** The buyer's flagged messages on this page, in conversation order: one report gathers them all. */
function flaggedOfBuyer(m: ChatMessage, { badges, keysOfBuyer, message, verdict, pageUrl }: Context) {
  return (m.buyerId ? keysOfBuyer(m.buyerId) : [m.key])
    .flatMap((k) => {
      const [other, v] = [message(k), verdict(k)];
      return other && badges.flags(other, v) ? [{ v, message: flaggedMessage(other, v, pageUrl) }] : [];
    })
    .sort((a, b) => a.v.messageIndex - b.v.messageIndex)
    .slice(-REPORT_LIMIT)
    .map(({ message }) => message);
}

/**
 * The badge's buttons for one message. Each is the seller's click, sent to the
 * background; 不是索赔 and 信任此买家 leave a note with 撤销 in the badge's place.
 */
export function badgeActions(m: ChatMessage, v: Verdict, text: BadgeText, context: Context): BadgeActions {
  const { doc, send, marks, badges, keysOfBuyer, pageUrl } = context;
  const undo = async (message: ExtensionMessage, revert: () => void, keys: string[]) => {
    if (!(await send(message)).ok) return;
    revert();
    for (const k of keys) {
      badges.note(k, null);
      badges.render(k);
    }
  };
  const key = m.key;
  return {
    saveEvidence: async () => (await send({ type: 'claim/save-evidence', ...flaggedMessage(m, v, pageUrl) })).ok,
    report: async () => (await send({ type: 'claim/report', ...flaggedMessage(m, v, pageUrl), buyerFlagged: flaggedOfBuyer(m, context) })).ok,
    dismiss: async () => {
      const ok = (await send({ type: 'claim/dismiss', messageKey: key })).ok;
      if (ok) {
        marks.dismissed.add(key);
        badges.note(key, renderNote(doc, text.dismissed, text.undo, () => void undo({ type: 'claim/dismiss', messageKey: key, undo: true }, () => marks.dismissed.delete(key), [key])));
      }
      return ok;
    },
    trust: async () => {
      const buyerId = m.buyerId;
      if (!buyerId) return false;
      const ok = (await send({ type: 'claim/trust', buyerId })).ok;
      if (ok) {
        marks.trusted.add(buyerId);
        const ofBuyer = keysOfBuyer(buyerId);
        for (const k of ofBuyer) badges.render(k);
        badges.note(key, renderNote(doc, text.trusted, text.undo, () => void undo({ type: 'claim/trust', buyerId, undo: true }, () => marks.trusted.delete(buyerId), ofBuyer)));
      }
      return ok;
    },
  };
}
