import type { ChatMessage } from './chat-message';
import type { SpokenUnit } from './speaker';

/** Where an element goes among messages kept in page order (binary search). */
export function positionOf(ordered: readonly ChatMessage[], element: Element): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid]!.element.compareDocumentPosition(element) & 4 /* FOLLOWING */) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastBuyerBefore(ordered: readonly ChatMessage[], position: number): string | null {
  for (let i = position - 1; i >= 0; i--) if (ordered[i]!.from === 'buyer') return ordered[i]!.buyerId;
  return null;
}

/**
 * The buyer each unit of a batch answers, a batch being the page's new nodes
 * in page order, going in at `at` among the messages read before: a reply
 * belongs to the buyer above it, or (a reply loaded above any buyer) to the
 * first buyer below it.
 */
export function repliedBuyers(units: readonly SpokenUnit[], ordered: readonly ChatMessage[], at: number): Array<string | null> {
  const buyersInBatch = units.filter((u) => u.from === 'buyer').map((u) => u.name || null);
  let buyersPassed = 0;
  const firstBuyerAfter = () => buyersInBatch[buyersPassed] ?? ordered.slice(at).find((m) => m.from === 'buyer')?.buyerId ?? null;
  let above = lastBuyerBefore(ordered, at);
  return units.map(({ name, from }) => {
    if (from === 'buyer') {
      above = name || null;
      buyersPassed += 1;
    }
    return above ?? firstBuyerAfter();
  });
}
