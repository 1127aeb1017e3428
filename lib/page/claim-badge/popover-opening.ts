import { onTrusted } from './closed-host';
import { EDGE, placePopover } from './place-popover';

/**
 * Fixed to the viewport, not to the message: the popover then never widens the
 * frame (no scrollbar) nor gets clipped by a scrolling message list.
 */
function placeInView(doc: Document, chip: HTMLElement, popover: HTMLElement): void {
  const view = doc.defaultView;
  if (!view || popover.hidden) return;
  // The viewport without its scrollbars: what 100vw would overstate.
  const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: doc.documentElement.clientHeight || view.innerHeight };
  popover.style.maxWidth = `${Math.max(0, viewport.width - 2 * EDGE)}px`;
  popover.style.maxHeight = '';
  popover.style.left = '0px';
  popover.style.top = '0px';
  const natural = popover.getBoundingClientRect();
  const at = placePopover(chip.getBoundingClientRect(), natural, viewport);
  // An ancestor with a transform makes "fixed" relative to itself: measured above, subtracted here.
  popover.style.left = `${at.left - natural.left}px`;
  popover.style.top = `${at.top - natural.top}px`;
  popover.style.maxHeight = `${at.maxHeight}px`;
}

/**
 * Opens on the seller's click on the chip or when the keyboard brings focus to
 * it, never on hover (it would cover the chat the mouse crosses); closes on
 * Escape, on a click outside, and when focus moves on to the page. Only
 * trusted events count: the page's script can neither open nor close it.
 */
export function wireOpening(doc: Document, host: HTMLElement, chip: HTMLElement, popover: HTMLElement): void {
  const view = doc.defaultView;
  // A focus the mouse (or our own Escape) brought is not the keyboard's: the click decides.
  let quietFocus = false;
  let openedByFocus = false;
  const place = () => placeInView(doc, chip, popover);
  const onOutside = (event: Event) => {
    if (event.isTrusted && !event.composedPath().includes(host)) show(false);
  };
  const show = (open: boolean) => {
    const wasOpen = !popover.hidden;
    popover.hidden = !open;
    chip.setAttribute('aria-expanded', String(open));
    if (open) place();
    else openedByFocus = false;
    if (open === wasOpen || !view) return;
    const method = open ? 'addEventListener' : 'removeEventListener';
    view[method]('scroll', place, true);
    view[method]('resize', place);
    doc[method]('pointerdown', onOutside, true);
  };
  onTrusted(chip, 'pointerdown', () => (quietFocus = true));
  onTrusted(chip, 'focus', () => {
    if (!quietFocus && popover.hidden) {
      openedByFocus = true;
      show(true);
    }
    quietFocus = false;
  });
  onTrusted(chip, 'click', (event) => {
    event.stopPropagation();
    quietFocus = false;
    // Enter on a chip the keyboard just opened keeps it open instead of closing it again.
    if (openedByFocus) openedByFocus = false;
    else show(popover.hidden);
  });
  popover.addEventListener('toggle', place, true);
  host.addEventListener('focusout', (event) => {
    // Null is a click on nothing or another window; a browser shows a target inside the closed root as the host itself.
    const next = event.relatedTarget as Node | null;
    if (next && !host.contains(next) && !chip.getRootNode().contains(next)) show(false);
  });
  onTrusted(host, 'keydown', (event) => {
    if (event.key !== 'Escape' || popover.hidden) return;
    show(false);
    quietFocus = true;
    chip.focus();
    quietFocus = false;
  });
}
