// Tests only: happy-dom leaves `isTrusted` unset on every event, as a page's
// script would get it; a person's click is simulated by marking the event trusted.
export function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

export function trustedKey(target: Element, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A trusted event of any other kind (focus, pointerdown): as the browser sends it for the seller's own hand. */
export function trusted(target: EventTarget, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}
