import type { RuleProfile } from '@/lib/standing/rules';
import type { Category } from '@/lib/shared/schema';
import type { CountedRecord } from './counted';
import { cycleYear, DAY, isoInOffset } from './cycle';
import { reachedNode } from './ladder';
import { strikeTimes } from './strikes';
import { toTenths } from './tenths';
import type { Node, Penalty } from './types';

export const CATEGORIES: readonly Category[] = ['A', 'B', 'C'];

export type CategoryTotals = { tenths: number; carried: number; appealing: number; strikes: number };

export type Timeline = {
  totals: Record<Category, CategoryTotals>;
  penalties: Penalty[];
};

type Running = { penalty: Penalty; endsAtMs: number };

const zeroTotals = (): Record<Category, CategoryTotals> => ({
  A: { tenths: 0, carried: 0, appealing: 0, strikes: 0 },
  B: { tenths: 0, carried: 0, appealing: 0, strikes: 0 },
  C: { tenths: 0, carried: 0, appealing: 0, strikes: 0 },
});

/**
 * Walks the records cycle by cycle up to `year`, carrying C points over the reset, and
 * executes node penalties as the totals cross nodes: only the heaviest of those due at one
 * instant, and a new node replaces a lighter one of its category still running.
 */
export const walkTimeline = (records: readonly CountedRecord[], profile: RuleProfile, year: number): Timeline => {
  const offset = profile.reset.utcOffsetMinutes;
  const carry = profile.reset.carryOver;
  const strikesRule = profile.strikes;
  const strikes = strikesRule ? strikeTimes(records, strikesRule, (at) => cycleYear(at, offset)) : [];
  const strikePoints = strikesRule ? toTenths(strikesRule.points) : 0;
  const penalties: Penalty[] = [];
  const running = new Map<Category, Running>();

  const strikesIn = (cycle: number): number[] =>
    strikes.filter((at) => (strikesRule?.resetsYearly ? cycleYear(at, offset) === cycle : cycleYear(at, offset) <= cycle));
  // Only strikes up to the cycle's end: a later cycle's third strike must not seal an earlier one (issue 12).
  const strikeOutAt = (cycle: number): number =>
    strikesRule ? (strikesIn(cycle)[strikesRule.limit - 1] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;

  const execute = (category: Category, node: Node, at: number) => {
    const current = running.get(category);
    if (current && current.endsAtMs > at && current.penalty.node.severity > node.severity) return;
    if (current && current.endsAtMs > at) {
      current.penalty.endsAt = isoInOffset(at, offset);
      current.penalty.replaced = true;
    }
    const endsAtMs = node.days === null ? Number.POSITIVE_INFINITY : at + node.days * DAY;
    const penalty: Penalty = {
      category,
      node,
      startedAt: isoInOffset(at, offset),
      endsAt: node.days === null ? null : isoInOffset(endsAtMs, offset),
      replaced: false,
    };
    penalties.push(penalty);
    running.set(category, { penalty, endsAtMs });
  };

  let totals = zeroTotals();
  let index = 0;
  const firstCycle = records.length > 0 ? Math.min(cycleYear(records[0]!.at, offset), year) : year;

  for (let cycle = firstCycle; cycle <= year; cycle++) {
    const previous = totals;
    totals = zeroTotals();
    const strikeOut = strikeOutAt(cycle);
    const effective = (category: Category, at: number): number => {
      const sum = totals[category].tenths;
      return strikesRule?.category === category && at >= strikeOut ? Math.max(sum, strikePoints) : sum;
    };

    for (const category of CATEGORIES) {
      const before = previous[category];
      const sealedBefore = reachedNode(profile.categories[category], before.tenths)?.permanent === true;
      let carried = 0;
      if (sealedBefore) carried = before.tenths;
      else if (carry?.category === category && before.tenths - before.carried >= toTenths(carry.whenAddedAtLeast)) {
        carried = toTenths(carry.carried);
      }
      totals[category].tenths = carried;
      totals[category].carried = carried;
    }

    const cycleStart = Date.UTC(cycle, 0, 1) - offset * 60_000;
    const reached = new Map<Category, number>();
    for (const category of CATEGORIES) {
      reached.set(category, reachedNode(profile.categories[category], effective(category, cycleStart))?.threshold ?? 0);
    }

    while (index < records.length && cycleYear(records[index]!.at, offset) === cycle) {
      const at = records[index]!.at;
      for (; index < records.length && records[index]!.at === at; index++) {
        const record = records[index]!;
        totals[record.category].tenths += record.tenths;
        if (record.appealing) totals[record.category].appealing += record.tenths;
      }
      let due: { category: Category; node: Node } | null = null;
      for (const category of CATEGORIES) {
        const node = reachedNode(profile.categories[category], effective(category, at));
        if (!node || node.threshold <= reached.get(category)!) continue;
        reached.set(category, node.threshold);
        if (!due || node.severity > due.node.severity) due = { category, node };
      }
      if (due) execute(due.category, due.node, at);
    }

    if (strikesRule && strikeOut !== Number.POSITIVE_INFINITY) {
      totals[strikesRule.category].tenths = effective(strikesRule.category, strikeOut);
    }
  }

  if (strikesRule) totals[strikesRule.category].strikes = strikesIn(year).length;
  return { totals, penalties };
};
