import { z } from 'zod';
import { PageTotals, ReadProblem, ViolationRecord } from '@/lib/schema';

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
});

export const PageSeen = z.object({
  type: z.literal('page/seen'),
  page: z.string().url(),
});

export const WarningRequest = z.object({ type: z.literal('warning/get') });

export const OpenPanel = z.object({ type: z.literal('panel/open') });

export const ExtensionMessage = z.discriminatedUnion('type', [RecordsRead, PageSeen, WarningRequest, OpenPanel]);
export type ExtensionMessage = z.infer<typeof ExtensionMessage>;
export type MessageOf<T extends ExtensionMessage['type']> = Extract<ExtensionMessage, { type: T }>;

export type MessageResult = { ok: true; data?: unknown } | { ok: false; error: string };

/** Human-readable reason a message was refused, naming the field. */
export function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid message';
  return `${issue.path.join('.') || '(message)'}: ${issue.message}`;
}
