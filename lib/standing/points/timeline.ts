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

/** Node penalties as they are executed: a new node replaces a lighter one of its category still running. */
function penaltyLog(offset: number) {
  const penalties: Penalty[] = [];
  const running = new Map<Category, Running>();
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
  return { penalties, execute };
}

/** The profile's strikes rule, if any: the strikes counted in a cycle and the instant they reach the limit. */
function strikeClock(records: readonly CountedRecord[], profile: RuleProfile) {
  const offset = profile.reset.utcOffsetMinutes;
  const rule = profile.strikes;
  const strikes = rule ? strikeTimes(records, rule, (at) => cycleYear(at, offset)) : [];
  const strikesIn = (cycle: number): number[] =>
    strikes.filter((at) => (rule?.resetsYearly ? cycleYear(at, offset) === cycle : cycleYear(at, offset) <= cycle));
  // Only strikes up to the cycle's end: a later cycle's third strike must not seal an earlier one (issue 12).
  const strikeOutAt = (cycle: number): number =>
    rule ? (strikesIn(cycle)[rule.limit - 1] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  return { rule, points: rule ? toTenths(rule.points) : 0, strikesIn, strikeOutAt };
}

/** A new cycle's opening totals: a sealed category keeps its points, and the carry-over rule carries its share. */
function openCycle(previous: Record<Category, CategoryTotals>, profile: RuleProfile): Record<Category, CategoryTotals> {
  const carry = profile.reset.carryOver;
  const totals = zeroTotals();
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
  return totals;
}

interface CycleWalk {
  records: readonly CountedRecord[];
  profile: RuleProfile;
  totals: Record<Category, CategoryTotals>;
  /** A category's points at an instant, the strikes rule's floor included. */
  effective: (category: Category, at: number) => number;
  execute: (category: Category, node: Node, at: number) => void;
}

/** Adds one cycle's records from `start` on, executing the heaviest node newly crossed at each instant; returns where the next cycle starts. */
function walkCycle({ records, profile, totals, effective, execute }: CycleWalk, cycle: number, start: number): number {
  const offset = profile.reset.utcOffsetMinutes;
  const cycleStart = Date.UTC(cycle, 0, 1) - offset * 60_000;
  const reached = new Map<Category, number>();
  for (const category of CATEGORIES) {
    reached.set(category, reachedNode(profile.categories[category], effective(category, cycleStart))?.threshold ?? 0);
  }
  let index = start;
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
  return index;
}

/**
 * Walks the records cycle by cycle up to `year`, carrying C points over the reset, and
 * executes node penalties as the totals cross nodes: only the heaviest of those due at one
 * instant, and a new node replaces a lighter one of its category still running.
 */
export const walkTimeline = (records: readonly CountedRecord[], profile: RuleProfile, year: number): Timeline => {
  const offset = profile.reset.utcOffsetMinutes;
  const strikes = strikeClock(records, profile);
  const { penalties, execute } = penaltyLog(offset);
  let totals = zeroTotals();
  let index = 0;
  const firstCycle = records.length > 0 ? Math.min(cycleYear(records[0]!.at, offset), year) : year;

  for (let cycle = firstCycle; cycle <= year; cycle++) {
    const cycleTotals = openCycle(totals, profile);
    totals = cycleTotals;
    const strikeOut = strikes.strikeOutAt(cycle);
    const effective = (category: Category, at: number): number => {
      const sum = cycleTotals[category].tenths;
      return strikes.rule?.category === category && at >= strikeOut ? Math.max(sum, strikes.points) : sum;
    };
    index = walkCycle({ records, profile, totals: cycleTotals, effective, execute }, cycle, index);
    if (strikes.rule && strikeOut !== Number.POSITIVE_INFINITY) {
      cycleTotals[strikes.rule.category].tenths = effective(strikes.rule.category, strikeOut);
    }
  }

  if (strikes.rule) totals[strikes.rule.category].strikes = strikes.strikesIn(year).length;
  return { totals, penalties };
};
