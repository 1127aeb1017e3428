import { z } from 'zod';
import { ShopId } from './shop-data';

const Instant = z.iso.datetime({ offset: true });

/** Lower-case hex SHA-256 digest. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '不是 SHA-256 哈希（64 位十六进制）');

/** One reason the detector gave, kept as it was when the evidence was saved. */
export const StoredSignal = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  evidence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  weight: z.number().finite(),
});
export type StoredSignal = z.infer<typeof StoredSignal>;

/** The detector's assessment of the message, stored as a plain copy (the detector may change later). */
export const StoredAssessment = z.object({
  level: z.enum(['none', 'low', 'medium', 'high']),
  score: z.number().min(0).max(1),
  signals: z.array(StoredSignal),
  amounts: z.array(z.number().finite().nonnegative()),
  extortion: z.boolean(),
});
export type StoredAssessment = z.infer<typeof StoredAssessment>;

/** What the seller saves from a page: everything the chain hash covers except the chain fields. */
export const EvidenceCapture = z.object({
  shop: ShopId,
  buyerId: z.string().min(1).max(200),
  buyerNick: z.string().max(200).optional(),
  orderId: z.string().min(1).max(100).optional(),
  /** The order's date when the page shows it ("YYYY-MM-DD" or an ISO time): the 6-month check uses it. */
  orderAt: z.union([z.iso.date(), Instant]).optional(),
  pageUrl: z.string().max(4000),
  /** The message exactly as shown, never normalised. */
  messageText: z.string().min(1).max(20_000),
  /** The message's own time when the page shows it. */
  messageAt: Instant.optional(),
  capturedAt: Instant,
  assessment: StoredAssessment,
  /** "保存证据" on a flagged message, or "save this message" on any. */
  source: z.enum(['flagged', 'manual']),
});
export type EvidenceCapture = z.infer<typeof EvidenceCapture>;

/**
 * A saved message in its chain (one chain per shop and buyer, so a buyer's
 * package verifies on its own): `hash` is SHA-256 of the canonical JSON of
 * every other field, `prevHash` included.
 */
export const EvidenceEntry = EvidenceCapture.extend({
  seq: z.number().int().positive(),
  prevHash: Sha256Hex,
  hash: Sha256Hex,
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

export const ReportStatus = z.enum(['pending', 'upheld', 'rejected']);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** A report the seller filed at the platform's entry, tracked until its result. */
export const TrackedReport = z.object({
  id: z.string().min(1),
  shop: ShopId,
  buyerId: z.string().min(1),
  buyerNick: z.string().optional(),
  orderIds: z.array(z.string().min(1)),
  evidenceHashes: z.array(Sha256Hex),
  filedAt: Instant,
  /** Set by the seller; the platform's answer is not read automatically. */
  status: ReportStatus,
  statusAt: Instant,
  followUpAt: Instant,
  /** True when the working calendar of a year was not available and weekdays were counted. */
  followUpEstimated: z.boolean(),
  followUpNote: z.string().optional(),
});
export type TrackedReport = z.infer<typeof TrackedReport>;

/** "维权小能手88（tb_123）": the nick with the id, or the id alone; how a buyer is named to the seller, in reports and notifications. */
export const buyerLabel = ({ buyerId, buyerNick }: { buyerId: string; buyerNick?: string | undefined }): string =>
  buyerNick && buyerNick !== buyerId ? `${buyerNick}（${buyerId}）` : buyerId;
