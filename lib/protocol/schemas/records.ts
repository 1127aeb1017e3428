import { z } from 'zod';
import { Category } from '@/lib/shared/schema';

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

export const recordMessages = [RecordsCatalogue] as const;
