import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE, GAP, placePopover } from './place-popover';

const chipAt = (left: number, top: number) => ({ left, top, right: left + 70, bottom: top + 20 });
const popover = { width: 340, height: 300 };

describe('placePopover', () => {
  it('opens below the chip, left-aligned with it, when there is room', () => {
    const place = placePopover(chipAt(20, 100), popover, { width: 800, height: 600 });
    expect(place).toMatchObject({ side: 'below', left: 20, top: 120 + GAP });
    expect(place.maxHeight).toBeGreaterThanOrEqual(popover.height);
  });

  it('shifts left beside a chip at the right edge of a narrow frame (the long-message case)', () => {
    const place = placePopover(chipAt(520, 100), popover, { width: 600, height: 600 });
    expect(place.left).toBe(600 - EDGE - 340);
    expect(place.left + 340).toBeLessThanOrEqual(600 - EDGE);
  });

  it('in a frame narrower than the popover, takes the frame width less the edges', () => {
    const place = placePopover(chipAt(200, 100), popover, { width: 300, height: 600 });
    expect(place.left).toBe(EDGE);
  });

  it('near the bottom opens upwards when there is more room above', () => {
    const place = placePopover(chipAt(20, 520), popover, { width: 800, height: 600 });
    expect(place.side).toBe('above');
    expect(place.top + popover.height).toBeLessThanOrEqual(520 - GAP);
  });

  it('in a short frame takes the larger side and scrolls inside it', () => {
    const place = placePopover(chipAt(20, 60), popover, { width: 800, height: 200 });
    expect(place).toMatchObject({ side: 'below', top: 80 + GAP, maxHeight: 200 - EDGE - 80 - GAP });
  });

  it('never leaves the viewport, wherever the chip is and however large the popover', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 2000 }),
        fc.integer({ min: -500, max: 2000 }),
        fc.integer({ min: 50, max: 800 }),
        fc.integer({ min: 20, max: 1200 }),
        fc.integer({ min: 2 * EDGE, max: 1600 }),
        fc.integer({ min: 2 * EDGE, max: 1200 }),
        (x, y, width, height, vw, vh) => {
          const place = placePopover(chipAt(x, y), { width, height }, { width: vw, height: vh });
          const shown = { width: Math.min(width, vw - 2 * EDGE), height: Math.min(height, place.maxHeight) };
          expect(place.left).toBeGreaterThanOrEqual(EDGE);
          expect(place.left + shown.width).toBeLessThanOrEqual(vw - EDGE);
          expect(place.top).toBeGreaterThanOrEqual(EDGE);
          expect(place.top + shown.height).toBeLessThanOrEqual(vh - EDGE);
        },
      ),
    );
  });
});
