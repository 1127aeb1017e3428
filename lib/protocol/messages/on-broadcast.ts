import type { BroadcastOf, BroadcastType } from '@/lib/protocol/schemas';

/** The runtime's message event; the adapter passes `browser.runtime.onMessage`. */
export type MessageEvent = {
  addListener(listener: (message: unknown) => void): void;
  removeListener(listener: (message: unknown) => void): void;
};

/**
 * Listens for one broadcast type from the background; returns the way to stop.
 * Other messages (and other types) pass by without an answer.
 */
export function onBroadcast<T extends BroadcastType>(event: MessageEvent, type: T, listener: (message: BroadcastOf<T>) => void): () => void {
  const receive = (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type) listener(message as BroadcastOf<T>);
  };
  event.addListener(receive);
  return () => event.removeListener(receive);
}
