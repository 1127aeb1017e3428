import { messageKeyOf } from './message-key';
import { textOf } from './message-units';
import { orderIdIn, type PageFacts } from './page-facts';
import type { Speaker, SpokenUnit } from './speaker';

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
