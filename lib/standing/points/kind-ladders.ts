import type { RuleProfile } from '@/lib/standing/rules';
import type { CountedRecord } from './counted';
import { cycleYear } from './cycle';
import { nextNode, reachedNode } from './ladder';
import { fromTenths, toTenths } from './tenths';
import type { KindLadderStanding } from './types';

/** This cycle's points of the kinds each kind ladder counts together, and its nodes reached and next. */
export const kindLadderStandings = (records: readonly CountedRecord[], profile: RuleProfile, year: number): KindLadderStanding[] =>
  profile.kindLadders.map((ladder) => {
    const offset = profile.reset.utcOffsetMinutes;
    const tenths = records
      .filter((r) => r.category === ladder.category && ladder.kinds.includes(r.kind) && cycleYear(r.at, offset) === year)
      .reduce((sum, r) => sum + r.tenths, 0);
    const reached = reachedNode(ladder, tenths);
    const next = nextNode(ladder, tenths);
    return {
      category: ladder.category,
      kinds: ladder.kinds,
      points: fromTenths(tenths),
      reached,
      next,
      toNext: next ? fromTenths(toTenths(next.threshold) - tenths) : null,
    };
  });
