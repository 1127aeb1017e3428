import { messageDefinitions, type MessageType } from './protocol';

/** Who may send a message: the content scripts on seller pages, or the extension's own pages (panel, options, report). */
export type MessageOrigin = 'seller-page' | 'extension-page';

const isKnownType = (type: unknown): type is MessageType => typeof type === 'string' && Object.hasOwn(messageDefinitions, type);

/**
 * Null when `origin` may send `raw`'s type, else the reason it is refused.
 * Each message type has one sender (its definition's `from`): a seller page's
 * content script can never save evidence by hand, file a report or change the
 * watchlist; an extension page never posts records as if it had read them on a page.
 * Unknown types pass here: the schema refuses them with its own message.
 */
export function refusedSender(raw: unknown, origin: MessageOrigin | null): string | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isKnownType(type)) return null;
  const expected = messageDefinitions[type].from;
  return origin === expected ? null : `${type}: only accepted from ${expected === 'seller-page' ? 'a seller page' : 'an extension page'}`;
}
