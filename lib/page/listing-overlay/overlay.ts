import { attachClosedShadow, onTrusted } from '@/lib/page/claim-badge';
import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { rangeRects, type CharRange } from './text-rects';

export const OVERLAY_HOST_TAG = 'seller-shield-listing';

/** One field to show: the element the seller sees, the ranges found in its text, the words for its tag. */
export interface OverlayTarget { element: Element; text: string; ranges: readonly CharRange[]; high: boolean; tag: string; tagTitle: string }

const css = `
:host { all: initial; }
.box { position: fixed; box-sizing: border-box; border: 2px dashed #d93025; border-radius: 4px; pointer-events: none; }
.box.medium { border-color: #e37400; }
.mark { position: fixed; background: rgba(217, 48, 37, .22); border-bottom: 2px solid #d93025; pointer-events: none; }
.mark.medium { background: rgba(227, 116, 0, .2); border-bottom-color: #e37400; }
.tag { position: fixed; pointer-events: auto; cursor: pointer; font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #fff; background: #d93025; border: 0; border-radius: 4px 4px 0 0; padding: 1px 6px; white-space: nowrap; }
.tag.medium { background: #b35900; }
.tag:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;

function box(doc: Document, className: string, r: DOMRect): HTMLElement {
  const el = doc.createElement('div');
  el.className = className;
  el.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`;
  return el;
}

// A description with a hundred findings takes tens of milliseconds to measure: its ranges are measured this many at a time.
const RANGES_PER_STEP = 24;

/** One field's outline, the marks over its ranges (measured in `mirror`) and its tag; nothing for a field not shown. */
function* targetSteps(doc: Document, target: OverlayTarget, mirror: HTMLElement, onOpen: () => void): Steps<HTMLElement[]> {
  if (!target.element.isConnected) return [];
  const r = target.element.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return [];
  const level = target.high ? '' : ' medium';
  const nodes = [box(doc, `box${level}`, new DOMRect(r.left - 3, r.top - 3, r.width + 6, r.height + 6))];
  for (let from = 0; from < target.ranges.length; from += RANGES_PER_STEP) {
    const ranges = target.ranges.slice(from, from + RANGES_PER_STEP);
    for (const rects of rangeRects(target.element, target.text, ranges, mirror)) for (const m of rects) nodes.push(box(doc, `mark${level}`, m));
    yield;
  }
  const tag = doc.createElement('button');
  tag.type = 'button';
  tag.className = `tag${level}`;
  tag.textContent = target.tag;
  tag.title = target.tagTitle;
  tag.style.cssText = `left:${r.left - 3}px;top:${Math.max(0, r.top - 22)}px;`;
  onTrusted(tag, 'click', onOpen);
  nodes.push(tag);
  return nodes;
}

function* layoutSteps(doc: Document, targets: readonly OverlayTarget[], mirror: HTMLElement, onOpen: () => void): Steps<HTMLElement[]> {
  const nodes: HTMLElement[] = [];
  for (const target of targets) nodes.push(...(yield* targetSteps(doc, target, mirror, onOpen)));
  return nodes;
}

/**
 * The listing check's marks on the page: an outline round each field with
 * findings, a mark over each range (measured, never written into the field) and
 * a tag that opens the side panel. Everything sits in one fixed layer in a
 * closed shadow root; only the tags take the pointer, and only a person's
 * click on one acts.
 */
export function createListingOverlay(doc: Document, onOpen: () => void) {
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;display:block;';
  const root = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  const mirror = doc.createElement('div');
  root.append(style, layer, mirror);
  let targets: OverlayTarget[] = [];
  let frame = 0;
  // Each layout counts; a layout measured in slices is shown only if no other began meanwhile.
  let layouts = 0;

  const layout = () => {
    frame = 0;
    layouts++;
    layer.replaceChildren(...runAtOnce(layoutSteps(doc, targets, mirror, onOpen)));
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(layout);
  };
  const win = doc.defaultView;
  win?.addEventListener('scroll', schedule, { capture: true, passive: true });
  win?.addEventListener('resize', schedule, { passive: true });

  return {
    host,
    /** Shows these fields' findings (and no others). */
    draw(next: OverlayTarget[]) {
      targets = next;
      if (!host.isConnected) doc.documentElement.append(host);
      layout();
    },
    /** draw, measured in slices that give the page its thread back (a long description's marks); the same marks. */
    async drawInSlices(next: OverlayTarget[], slices?: SliceOptions): Promise<void> {
      targets = next;
      const mine = ++layouts;
      // Connected first: an input's ranges are measured in the mirror inside the host.
      if (!host.isConnected) doc.documentElement.append(host);
      const nodes = await runInSlices(layoutSteps(doc, next, mirror, onOpen), slices);
      if (mine === layouts) layer.replaceChildren(...nodes);
    },
    /** Lays the marks out again after the page moved (scroll, resize, a panel opening). */
    relayout: schedule,
    stop() {
      if (frame !== 0) cancelAnimationFrame(frame);
      win?.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
      host.remove();
    },
  };
}
export type ListingOverlay = ReturnType<typeof createListingOverlay>;
