import type { DeductionItem, Degree } from '@/lib/standing/rules';
import type { Category, ViolationRecord } from '@/lib/shared/schema';
import { countedRecords } from './counted';
import { DAY } from './cycle';
import { fromTenths, toTenths } from './tenths';

export type DeductionChoice = {
  degree?: Degree;
  /** Items (per-item tariffs) or times (the per-time exception); 1 when omitted. */
  count?: number;
  /** Where the information was posted: shop decoration, 阿里旺旺 or portal pages take the per-time tariff. */
  placement?: 'listing' | 'decoration';
};

export type Deduction = {
  category: Category;
  kind: string;
  points: number;
  /** Before the "at most N in any M days" cap. */
  uncapped: number;
  /** Points of the same kind already deducted inside the cap's window. */
  alreadyInWindow: number;
  capped: boolean;
};

/** The points a catalogue item would add now, after its cap given the records already deducted. */
export const deductionFor = (
  item: DeductionItem,
  choice: DeductionChoice,
  records: readonly ViolationRecord[],
  now: Date,
): Deduction => {
  const count = choice.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number ≥ 1, got ${count}`);
  const result = (uncapped: number, points = uncapped, alreadyInWindow = 0): Deduction => ({
    category: item.category,
    kind: item.kind,
    points: fromTenths(points),
    uncapped: fromTenths(uncapped),
    alreadyInWindow: fromTenths(alreadyInWindow),
    capped: points < uncapped,
  });

  const perItem = item.perItem;
  if (choice.degree === undefined && perItem) {
    if (choice.placement === 'decoration' && perItem.perTime) return result(count * toTenths(perItem.perTime.points));
    const nowMs = now.getTime();
    const windowStart = nowMs - perItem.capWindowDays * DAY;
    const cap = toTenths(perItem.capPoints);
    // A deduction above the cap cannot have come from this capped tariff, so it does not use up the window.
    const already = countedRecords(records, nowMs)
      .filter((r) => r.at > windowStart && r.kind === item.kind && r.category === item.category && r.tenths <= cap)
      .reduce((sum, record) => sum + record.tenths, 0);
    const uncapped = count * toTenths(perItem.pointsPerItem);
    const room = Math.max(0, cap - already);
    return result(uncapped, Math.min(uncapped, room), already);
  }

  const degree = choice.degree ?? '一般';
  const tariff = item.degrees[degree];
  if (!tariff) {
    const known = Object.keys(item.degrees);
    throw new Error(
      `${item.kind}${item.clause ? `（${item.clause}）` : ''} has no tariff for ${degree}; it has ${known.length ? known.join('/') : 'per-item points only'}`,
    );
  }
  return result(count * toTenths(tariff.points));
};
