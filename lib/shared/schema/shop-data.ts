import { z } from 'zod';
import { Category, ReadProblem, ViolationRecord } from './violation-record';

/** Shop key: records of different shops never mix. */
export const ShopId = z.string().min(1).max(200);
/** The shop key when the page named no shop and none was read before: kept under this rather than lost. */
export const UNKNOWN_SHOP = '未识别店铺';

export const StoredRecord = ViolationRecord.extend({
  shop: ShopId,
  firstSeenAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  pageUrl: z.string(),
});
export type StoredRecord = z.infer<typeof StoredRecord>;

/** Page-level totals a seller-center widget shows, to compare with the records read. */
export const PageTotals = z.object({ A: z.number().optional(), B: z.number().optional(), C: z.number().optional() });
export type PageTotals = z.infer<typeof PageTotals>;

/** The last read of one records page: what the totals rest on. */
export const PageRead = z.object({
  shop: ShopId,
  page: z.string(),
  readAt: z.iso.datetime({ offset: true }),
  recordIds: z.array(z.string()),
  problems: z.array(ReadProblem),
  totals: PageTotals.optional(),
});
export type PageRead = z.infer<typeof PageRead>;

/** Points per category at one moment, for the history chart. */
export const StandingSnapshot = z.object({
  shop: ShopId,
  at: z.iso.datetime({ offset: true }),
  year: z.number().int(),
  points: z.record(Category, z.number()),
});
export type StandingSnapshot = z.infer<typeof StandingSnapshot>;

export const Language = z.enum(['auto', 'zh_CN', 'zh_TW', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  profileId: z.string().default('taobao'),
  warningMargin: z.number().min(0).max(48).default(3),
  language: Language.default('auto'),
  notifications: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings: Settings = Settings.parse({});

/** A buyer the seller marked: flagged before (watchlist) or trusted (no more flags). */
export const BuyerMark = z.object({
  buyerId: z.string().min(1),
  trusted: z.boolean(),
  flagged: z.boolean(),
  note: z.string().optional(),
  markedAt: z.iso.datetime({ offset: true }),
});
export type BuyerMark = z.infer<typeof BuyerMark>;

/** A flag the seller dismissed ("不是索赔"), remembered per message. */
export const Dismissal = z.object({
  messageKey: z.string().min(1),
  dismissedAt: z.iso.datetime({ offset: true }),
  /** The seller undid it ("撤销"): kept, so an older export imported later cannot bring the dismissal back. */
  undoneAt: z.iso.datetime({ offset: true }).optional(),
});
export type Dismissal = z.infer<typeof Dismissal>;

/** "不是问题" on one finding of one listing's self-check; undone, the row stays with the time. */
export const ListingDismissal = z.object({
  itemKey: z.string().min(1),
  findingKey: z.string().min(1),
  dismissedAt: z.iso.datetime({ offset: true }),
  undoneAt: z.iso.datetime({ offset: true }).optional(),
});
export type ListingDismissal = z.infer<typeof ListingDismissal>;
