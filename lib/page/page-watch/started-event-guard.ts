/**
 * WXT stops a content script when a "newer copy started" event reaches the
 * document. The page's own script can dispatch that event too (the extension's
 * id is public), which would remove every badge and the banner. A real newer
 * copy only starts after the extension was reloaded or updated, when this
 * copy's runtime is gone: while it is alive, the event is stopped before WXT sees it.
 */
export function guardStartedEvent(win: Window, eventName: string, stillRunning: () => boolean): () => void {
  const stop = (event: Event) => {
    if (stillRunning()) event.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}

/** WXT 0.20's name for the event (its `getUniqueEventName`): extension id, entry point, event. */
export const startedEventName = (extensionId: string, entrypoint: string) => `${extensionId}:${entrypoint}:wxt:content-script-started`;

/**
 * The guard every content script sets first: the event named for its own
 * extension and entry point, stopped while the extension's runtime still has an id.
 */
export function guardThisCopy(win: Window, extension: { runtime?: { id?: string } | undefined }, entrypoint: string): () => void {
  return guardStartedEvent(win, startedEventName(extension.runtime?.id ?? '', entrypoint), () => extension.runtime?.id != null);
}
