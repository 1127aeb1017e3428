import { messageKeyOf } from './message-key';
import { textOf } from './message-units';
import { orderIdIn, type PageFacts } from './page-facts';
import type { BookMessage } from '@/lib/claims/buyer-conversations';
import type { SpokenUnit } from './speaker';

/**
 * A message as the chat page shows it: the book's message (its key stable
 * across reloads and page builds: buyer, time and text), always with its time,
 * and where it stands on the page.
 */
export type ChatMessage = BookMessage & {
  at: string;
  /** The name the page shows for the speaker ('' for system lines). */
  name: string;
  orderId?: string;
  element: Element;
  /** The last element of the message's text: the badge goes after it. */
  textElement: Element;
};

/**
 * One unit as a message, or null when it holds no text. A buyer's message is
 * the buyer's; any other belongs to the page's buyer, else to `replyTo`.
 */
export function chatMessageOf({ unit, name, from }: SpokenUnit, replyTo: string | null, facts: PageFacts, ignore: (node: Node) => boolean): ChatMessage | null {
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
}
