import type { Verdict } from '@/lib/claims/buyer-conversations';
import type { ChatMessage } from '@/lib/claims/chat-extract';
import { reasonsByKind, renderBadge, renderWatchedMark, stepsByTime, type BadgeActions, type BadgeModel, type BadgeText } from '@/lib/page/claim-badge';
import type { Marks } from './marks';

const FLAGGED_LEVELS = new Set(['medium', 'high']);
const EXTORTION_SIGNAL = 'combination.extortion';
export const CHECKED_ATTRIBUTE = 'data-seller-shield-checked';

export type Badges = ReturnType<typeof createBadges>;

type Sources = {
  marks: Marks;
  message: (key: string) => ChatMessage | undefined;
  verdict: (key: string) => Verdict | undefined;
  actions: (m: ChatMessage, v: Verdict, text: BadgeText) => BadgeActions;
};

/**
 * What the page shows beside each judged message: at most one badge or
 * watchlist mark, and at most one note ("已忽略 · 撤销") in its place.
 */
export function createBadges(doc: Document, { marks, message, verdict, actions }: Sources) {
  const hosts = new Map<string, HTMLElement>();
  const notes = new Map<string, HTMLElement>();
  const put = (store: Map<string, HTMLElement>, key: string, host: HTMLElement | null) => {
    store.get(key)?.remove();
    store.delete(key);
    const m = message(key);
    if (host && m) {
      m.textElement.after(host);
      store.set(key, host);
    }
  };
  const place = (key: string, badge: HTMLElement | null) => put(hosts, key, badge);

  const shouldFlag = (m: ChatMessage | undefined, v: Verdict | undefined): v is Verdict =>
    Boolean(m && v && m.from === 'buyer' && m.element.isConnected && FLAGGED_LEVELS.has(v.assessment.level)
      && !marks.dismissed.has(m.key) && !(m.buyerId && marks.trusted.has(m.buyerId)));
  // A buyer on the watchlist: their messages without a badge still say so (the badge's reasons say it otherwise).
  const isWatched = (m: ChatMessage) =>
    m.from === 'buyer' && m.element.isConnected && m.buyerId !== null && marks.flagged.has(m.buyerId) && !marks.trusted.has(m.buyerId) && !marks.dismissed.has(m.key);

  const render = (key: string) => {
    const m = message(key);
    const v = verdict(key);
    const text = marks.text();
    // Says the message was judged (and how), so "no badge" is an answer, not a wait.
    if (m && v) m.element.setAttribute(CHECKED_ATTRIBUTE, v.assessment.level);
    if (!shouldFlag(m, v) || !text || !m) {
      place(key, m && text?.watched && isWatched(m) ? renderWatchedMark(doc, text.watched) : null);
      return;
    }
    place(key, renderBadge(doc, modelOf(m, v, text), text, actions(m, v, text)));
  };

  return {
    render,
    /** Whether the message has a badge (judged medium or high, not dismissed, its buyer not trusted). */
    flags: shouldFlag,
    /** The note replaces the message's badge (null: the note goes, the badge comes back on the next render). */
    note: (key: string, host: HTMLElement | null) => {
      place(key, null);
      put(notes, key, host);
    },
    hasNote: (key: string) => notes.has(key),
    removeAll: () => {
      for (const host of [...hosts.values(), ...notes.values()]) host.remove();
    },
  };
}

function modelOf(m: ChatMessage, v: Verdict, text: BadgeText): BadgeModel {
  return {
    level: v.assessment.level === 'high' ? 'high' : 'medium',
    // The extortion warning has its own lines in the popover; its reason would say it a second time.
    signals: reasonsByKind([...v.assessment.signals.filter((s) => s.id !== EXTORTION_SIGNAL), ...oddAmounts(v, text.amountOdd ?? '金额异常')]),
    // This message's own steps are its reasons; the chain shows what the buyer did before.
    chain: stepsByTime(v.chain.filter((s) => s.messageIndex < v.messageIndex)),
    extortion: v.assessment.extortion,
    messageText: m.text,
  };
}

// The background leaves such amounts out when the message is saved; the badge says so first.
const oddAmounts = (v: Verdict, label: string) =>
  v.assessment.amounts.some((amount) => !Number.isFinite(amount)) ? [{ group: 'amount-odd', label, weight: 0 }] : [];
