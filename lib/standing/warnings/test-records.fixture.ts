import type { Category, RecordStatus, ViolationRecord } from '@/lib/shared/schema';

let sequence = 0;

/** A record for tests at Beijing wall time. */
export const record = (category: Category, points: number, at: string, status: RecordStatus = 'active', kind = '滥发信息'): ViolationRecord => ({
  id: `w${++sequence}`,
  category,
  kind,
  points,
  occurredAt: `${at}+08:00`,
  status,
});

export const beijing = (at: string): Date => new Date(`${at}+08:00`);
