export type Box = { left: number; top: number; right: number; bottom: number };
export type Placement = { left: number; top: number; maxHeight: number; side: 'below' | 'above' };

/** Space kept between the popover and the viewport's edges, and between it and the chip. */
export const EDGE = 8;
export const GAP = 4;
const TALLEST = 420;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Where the reasons popover goes in the viewport: below the chip, or above it
 * when there is more room there and not enough below; shifted left so it never
 * sticks out of a narrow frame (issue 9: the chat history sits in an iframe).
 * `size` is the popover's natural size; the result never leaves the viewport.
 */
export function placePopover(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const width = Math.min(size.width, viewport.width - 2 * EDGE);
  const left = clamp(anchor.left, EDGE, viewport.width - EDGE - width);
  const below = viewport.height - EDGE - clamp(anchor.bottom + GAP, EDGE, viewport.height - EDGE);
  const above = clamp(anchor.top - GAP, EDGE, viewport.height - EDGE) - EDGE;
  const side = size.height > below && above > below ? 'above' : 'below';
  const maxHeight = Math.max(0, Math.min(TALLEST, side === 'below' ? below : above));
  const height = Math.min(size.height, maxHeight);
  const top = side === 'below' ? clamp(anchor.bottom + GAP, EDGE, viewport.height - EDGE - height) : clamp(anchor.top - GAP - height, EDGE, viewport.height - EDGE - height);
  return { left, top, maxHeight, side };
}
