import { z } from 'zod';
import { define } from './define';

const Short = z.string().max(200);
const ItemKey = z.string().regex(/^(item|draft|new):\d{1,20}$/);
const FindingKey = z.string().min(1).max(600);
const ListingCategory = z.enum(['general', 'food', 'health-food', 'cosmetics', 'medical-device']);

const Basis = z.object({ law: Short, article: z.string().max(500), penalty: z.string().max(500), confidence: z.enum(['H', 'M']) });

/** One finding as the listing check (lib/listing/check) gives it, with bounds a page cannot exceed. */
export const ListingFinding = z.object({
  field: Short.min(1),
  label: Short,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: Short.min(1),
  ruleId: z.string().regex(/^[a-z0-9-]+$/).max(100),
  group: z.enum(['absolute-core', 'absolute-context', 'medical', 'health-food', 'guarantee', 'endorsement', 'additive']),
  severity: z.enum(['high', 'medium', 'low']),
  reason: z.string().max(1000),
  basis: Basis,
  rewrite: z.string().max(1000),
  exemptions: z.array(z.object({ id: Short, text: z.string().max(500), hinted: z.boolean() })).max(20),
  note: z.string().max(500).optional(),
});
export type ListingFinding = z.infer<typeof ListingFinding>;

/**
 * The listing check of one page: sent by the publish-form script after each
 * change, and by the detail-page script when the seller asks from the context
 * menu. The background keeps the last one per listing for the 商品自检 tab.
 */
export const ListingChecked = z.object({
  type: z.literal('listing/checked'),
  itemKey: ItemKey,
  page: z.string().url().max(4000),
  source: z.enum(['taobao-form', 'tmall-form', 'detail']),
  title: z.string().max(300),
  category: ListingCategory,
  categoryPath: z.string().max(500),
  /** The page named no category: this word on it (国药准字, 蓝帽子…) decided the one checked against. */
  inferredFrom: z.string().min(1).max(40).optional(),
  checked: z.array(z.object({ field: Short.min(1), label: Short, chars: z.number().int().nonnegative() })).max(2000),
  findings: z.array(ListingFinding).max(2000),
  checklist: z.array(z.object({ id: Short, text: z.string().max(500), basis: Basis, done: z.boolean().nullable() })).max(20),
  unread: z.array(Short).max(200),
});

/**
 * What `listing/checked` answers: the findings the seller dismissed for this listing
 * (by findingKey), and the field tag's words in the seller's language ("$1" = how many).
 */
export const ListingCheckedReply = z.object({ dismissed: z.array(FindingKey), tag: z.string() });
export type ListingCheckedReply = z.infer<typeof ListingCheckedReply>;

/** "不是问题" on a finding in the 商品自检 tab, remembered per listing; `undo` brings it back. */
export const ListingDismiss = z.object({ type: z.literal('listing/dismiss'), itemKey: ItemKey, findingKey: FindingKey, undo: z.boolean().optional() });

export const listingMessages = {
  'listing/checked': define(ListingChecked, ListingCheckedReply, 'seller-page'),
  'listing/dismiss': define(ListingDismiss, z.undefined(), 'extension-page'),
};
