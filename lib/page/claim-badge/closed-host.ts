// Shadow roots are closed so the page's own script cannot read a badge's words
// or reach its buttons; the extension keeps its handle to each root here.
const roots = new WeakMap<Element, ShadowRoot>();

export function attachClosedShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** The closed root the extension attached to `host` (for its own code and tests; the page gets null from `host.shadowRoot`). */
export function shadowOf(host: Element): ShadowRoot | null {
  return roots.get(host) ?? null;
}

/**
 * Listens for events the person at the keyboard or mouse caused. The page's
 * script can call `.click()` or dispatch events on anything it can reach; those
 * arrive with `isTrusted` false and do nothing.
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted !== true) return;
    handler(event);
  });
}
