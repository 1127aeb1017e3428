import { z } from 'zod';
import { Category, PageTotals, ReadProblem, ViolationRecord } from '@/lib/shared/schema';
import { define } from './define';

/** A seller page's records as the reader found them; the background parses this before touching the database. */
export const RecordsRead = z.object({
  type: z.literal('records/read'),
  shop: z.string().min(1).nullable(),
  page: z.string().url(),
  records: z.array(ViolationRecord).max(5000),
  problems: z.array(ReadProblem).max(5000),
  totals: PageTotals.optional(),
  /**
   * Only records the page gained or changed since this tab's last complete send
   * of it (lib/protocol/messages messagesSince): stored, and added to the page's read.
   */
  adds: z.literal(true).optional(),
  /** A large page comes in batches (lib/protocol/messages recordBatches): batch `index` of `of`; later ones add to the first. */
  part: z
    .object({ index: z.number().int().nonnegative(), of: z.number().int().positive().max(10_000) })
    .refine((p) => p.index < p.of, 'part.index must be below part.of')
    .optional(),
});
/** Stored: how many records were new and how many changed; after the last batch, whether the badge and snapshots followed. */
export const RecordsReadReply = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  standing: z.enum(['updated', 'not-updated']).optional(),
});

/**
 * The records reader asks which category each violation kind belongs to under
 * the seller's selected rule profile: 千牛 rows that show no category take it
 * from there, and only when the profile lists the kind under one category.
 */
export const RecordsCatalogue = z.object({ type: z.literal('records/catalogue') });
/** `[kind, category]` pairs from the selected profile's deduction catalogue. */
export const KindCatalogueReply = z.object({
  profileId: z.string(),
  pairs: z.array(z.tuple([z.string().min(1).max(200), Category])).max(2000),
});
export type KindCatalogueReply = z.infer<typeof KindCatalogueReply>;

export const recordMessages = {
  'records/read': define(RecordsRead, RecordsReadReply, 'seller-page'),
  'records/catalogue': define(RecordsCatalogue, KindCatalogueReply, 'seller-page'),
};
