import type { Category, RecordStatus, ViolationRecord } from '@/lib/shared/schema';

let sequence = 0;

/** A record for tests; `at` is Beijing wall time unless it carries its own offset. */
export const record = (
  category: Category,
  points: number,
  at: string,
  extra: { status?: RecordStatus; kind?: string; id?: string } = {},
): ViolationRecord => ({
  id: extra.id ?? `r${++sequence}`,
  category,
  kind: extra.kind ?? '滥发信息',
  points,
  occurredAt: /[+-]\d\d:\d\d$|Z$/.test(at) ? at : `${at}+08:00`,
  status: extra.status ?? 'active',
});

export const beijing = (at: string): Date => new Date(`${at}+08:00`);
