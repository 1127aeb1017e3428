import { z } from 'zod';

export const Category = z.enum(['A', 'B', 'C']);
export type Category = z.infer<typeof Category>;

export const RecordStatus = z.enum(['active', 'appealing', 'revoked']);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** One violation record as the seller's health center shows it. */
export const ViolationRecord = z.object({
  id: z.string().min(1),
  category: Category,
  /** The violation's name (ruleType), e.g. 虚假交易 — not the longer reason sentence. */
  kind: z.string().min(1),
  points: z.number().finite().nonnegative(),
  /** ISO 8601 with offset; the reader always writes +08:00. */
  occurredAt: z.iso.datetime({ offset: true }),
  status: RecordStatus,
  /** punishReason / the measures text when the page shows them. */
  reason: z.string().optional(),
  measures: z.string().optional(),
});
export type ViolationRecord = z.infer<typeof ViolationRecord>;

/** A row that looked like a record but could not be read: shown to the seller, never dropped. */
export const ReadProblem = z.object({
  row: z.number().int().nonnegative(),
  text: z.string(),
  reason: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblem>;
