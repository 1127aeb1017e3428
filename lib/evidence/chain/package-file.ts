import { z } from 'zod';
import { EvidenceEntry, ShopId } from '@/lib/shared/schema';

export const PACKAGE_FORMAT = 'seller-shield-evidence';

/** `evidence.json` inside an evidence package. */
export const EvidencePackageFile = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(1),
  generatedAt: z.iso.datetime({ offset: true }),
  shop: ShopId,
  hashAlgorithm: z.literal('SHA-256'),
  /** How to recompute a hash by hand; kept in the file so it explains itself. */
  hashInput: z.string(),
  /** Chains in order: per shop and buyer, by sequence number. */
  entries: z.array(EvidenceEntry),
});
export type EvidencePackageFile = z.infer<typeof EvidencePackageFile>;

export const HASH_INPUT_DESCRIPTION =
  'hash = SHA-256(UTF-8(canonical JSON of the entry without "hash")); canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, undefined values left out. prevHash of the first entry of a chain (one chain per shop and buyerId) is 64 zeros.';
