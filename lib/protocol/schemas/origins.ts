import type { ExtensionMessage } from './protocol';

/** Who may send a message: the content scripts on seller pages, or the extension's own pages (panel, options, report). */
export type MessageOrigin = 'seller-page' | 'extension-page';

/**
 * Each message type has one sender. A seller page's content script can never
 * save evidence by hand, file a report or change the watchlist; an extension
 * page never posts records as if it had read them on a page.
 */
export const messageOrigins: { readonly [T in ExtensionMessage['type']]: MessageOrigin } = {
  'records/read': 'seller-page',
  'records/catalogue': 'seller-page',
  'page/seen': 'seller-page',
  'warning/get': 'seller-page',
  'warning/dismiss': 'seller-page',
  'panel/open': 'seller-page',
  'claim/marks': 'seller-page',
  'claim/dismiss': 'seller-page',
  'claim/trust': 'seller-page',
  'claim/save-evidence': 'seller-page',
  'claim/report': 'seller-page',
  'panel/first': 'extension-page',
  'standing/refresh': 'extension-page',
  'claim/take-selection': 'extension-page',
  'report/filed': 'extension-page',
  'report/status': 'extension-page',
  'buyer/watch': 'extension-page',
  'evidence/save': 'extension-page',
  'listing/checked': 'seller-page',
  'listing/dismiss': 'extension-page',
};

const isKnownType = (type: unknown): type is ExtensionMessage['type'] => typeof type === 'string' && Object.hasOwn(messageOrigins, type);

/**
 * Null when `origin` may send `raw`'s type, else the reason it is refused.
 * Unknown types pass here: the schema refuses them with its own message.
 */
export function refusedSender(raw: unknown, origin: MessageOrigin | null): string | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isKnownType(type)) return null;
  const expected = messageOrigins[type];
  return origin === expected ? null : `${type}: only accepted from ${expected === 'seller-page' ? 'a seller page' : 'an extension page'}`;
}
