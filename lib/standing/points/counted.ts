import type { Category, ViolationRecord } from '@/lib/shared/schema';
import { toTenths } from './tenths';

/** A record that counts toward the totals, with its instant and points pre-parsed. */
export type CountedRecord = {
  id: string;
  category: Category;
  kind: string;
  at: number;
  tenths: number;
  appealing: boolean;
};

/** Active and appealing records up to `nowMs`, oldest first (ties by id, so input order never matters). */
export const countedRecords = (records: readonly ViolationRecord[], nowMs: number): CountedRecord[] => {
  const counted: CountedRecord[] = [];
  for (const record of records) {
    if (record.status === 'revoked') continue;
    const at = Date.parse(record.occurredAt);
    if (!(at <= nowMs)) continue;
    counted.push({
      id: record.id,
      category: record.category,
      kind: record.kind,
      at,
      tenths: toTenths(record.points),
      appealing: record.status === 'appealing',
    });
  }
  return counted.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.tenths - b.tenths));
};
