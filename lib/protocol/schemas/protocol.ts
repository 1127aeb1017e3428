import { z } from 'zod';
import type { RuleProfile } from '@/lib/standing/rules';
import { PageTotals, ReadProblem, ViolationRecord, type Settings } from '@/lib/shared/schema';
import type { StandingCache } from '@/lib/standing/warnings';
import { claimMessages } from './claims';
import { evidenceMessages } from './evidence';
import { listingMessages } from './listing';
import { recordMessages } from './records';

/**
 * Messages content scripts and extension pages send to the background. The
 * background parses every message with this schema before touching the
 * database: a seller page is not trusted input.
 */
export const RecordsRead = z.object({
  type: z.literal('records/read'),
  shop: z.string().min(1).nullable(),
  page: z.string().url(),
  records: z.array(ViolationRecord).max(5000),
  problems: z.array(ReadProblem).max(5000),
  totals: PageTotals.optional(),
  /** A large page comes in batches (lib/protocol/messages recordBatches): batch `index` of `of`; later ones add to the first. */
  part: z
    .object({ index: z.number().int().nonnegative(), of: z.number().int().positive().max(10_000) })
    .refine((p) => p.index < p.of, 'part.index must be below part.of')
    .optional(),
});

export const PageSeen = z.object({
  type: z.literal('page/seen'),
  page: z.string().url(),
});

export const WarningRequest = z.object({ type: z.literal('warning/get') });

/** The banner's "×": hides the warning until the standing changes. */
export const WarningDismiss = z.object({ type: z.literal('warning/dismiss'), signature: z.string().min(1).max(500) });

export const OpenPanel = z.object({ type: z.literal('panel/open') });

/** Settings or data changed in an extension page: recompute the badge and warnings. */
export const StandingRefresh = z.object({ type: z.literal('standing/refresh') });

/** The side panel's first render: settings, profile and the cached standing in one answer, so the panel draws before opening the database. */
export const PanelFirst = z.object({ type: z.literal('panel/first') });

export const ExtensionMessage = z.discriminatedUnion('type', [
  RecordsRead,
  PageSeen,
  WarningRequest,
  WarningDismiss,
  OpenPanel,
  StandingRefresh,
  PanelFirst,
  ...claimMessages,
  ...evidenceMessages,
  ...recordMessages,
  ...listingMessages,
]);
export type ExtensionMessage = z.infer<typeof ExtensionMessage>;
export type MessageOf<T extends ExtensionMessage['type']> = Extract<ExtensionMessage, { type: T }>;

/** What `warning/get` answers: the banner's words, already in the seller's language, or null. */
export const BannerWarning = z.object({
  signature: z.string(),
  lang: z.string(),
  label: z.string(),
  headline: z.string(),
  details: z.array(z.string()),
  openLabel: z.string(),
  dismissLabel: z.string(),
});
export type BannerWarning = z.infer<typeof BannerWarning>;

/** Background → content scripts: the standing changed, ask for the warning again. */
export const WarningChanged = z.object({ type: z.literal('warning/changed') });

export type MessageResult = { ok: true; data?: unknown } | { ok: false; error: string };

/** Human-readable reason a message was refused, naming the field. */
export function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid message';
  return `${issue.path.join('.') || '(message)'}: ${issue.message}`;
}

/** What `panel/first` answers; the cached standing only when it fits the selected profile and this cycle. */
export type PanelFirstReply = { settings: Settings; profile: RuleProfile; cache: StandingCache | null };
