import type { KindCatalogueReply } from '@/lib/protocol/schemas';

/**
 * The shape check a content script makes on the background's `records/catalogue`
 * answer, without zod. Categories are not checked here: a record that takes a
 * wrong one is refused when the background parses `records/read`.
 */
export function isKindCatalogueReply(data: unknown): data is KindCatalogueReply {
  if (typeof data !== 'object' || data === null) return false;
  const { profileId, pairs } = data as Record<string, unknown>;
  return (
    typeof profileId === 'string' &&
    Array.isArray(pairs) &&
    pairs.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && pair[0] !== '' && typeof pair[1] === 'string',
    )
  );
}
