import type { ListingCheckedReply } from '@/lib/protocol/schemas';

/** The shape check the listing scripts make on `listing/checked`'s answer, without zod. */
export function isListingCheckedReply(data: unknown): data is ListingCheckedReply {
  if (typeof data !== 'object' || data === null) return false;
  const { dismissed, tag } = data as Record<string, unknown>;
  return typeof tag === 'string' && Array.isArray(dismissed) && dismissed.every((d) => typeof d === 'string');
}
