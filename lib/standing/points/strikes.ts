import type { StrikesRule } from '@/lib/standing/rules';
import type { CountedRecord } from './counted';
import { DAY } from './cycle';
import { toTenths } from './tenths';

/**
 * The instants of each strike (三振出局), oldest first: every counterfeit case is one strike,
 * except information-level cases, which count as one per window opened by the first of them.
 * When strikes clear yearly, a window never reaches into the next cycle: its strike was cleared.
 */
export const strikeTimes = (records: readonly CountedRecord[], rule: StrikesRule, cycleOf: (at: number) => number): number[] => {
  const grouped = toTenths(rule.groupedPoints);
  const window = rule.windowDays * DAY;
  const times: number[] = [];
  let windowStart = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    if (record.category !== rule.category) continue;
    const newCycle = rule.resetsYearly && windowStart > Number.NEGATIVE_INFINITY && cycleOf(record.at) !== cycleOf(windowStart);
    if (record.tenths !== grouped) {
      times.push(record.at);
    } else if (newCycle || record.at >= windowStart + window) {
      windowStart = record.at;
      times.push(record.at);
    }
  }
  return times;
};
