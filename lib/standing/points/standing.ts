import type { CategoryRules, RuleProfile } from '@/lib/standing/rules';
import type { ViolationRecord } from '@/lib/shared/schema';
import { countedRecords } from './counted';
import { cycleYear, resetAtOf } from './cycle';
import { kindLadderStandings } from './kind-ladders';
import { nextNode, reachedNode } from './ladder';
import { fromTenths, toTenths } from './tenths';
import { CATEGORIES, type CategoryTotals, walkTimeline } from './timeline';
import type { CategoryStanding, Standing } from './types';
import { validateRecords } from './validate';

const categoryStanding = (rules: CategoryRules, totals: CategoryTotals): CategoryStanding => {
  const reached = reachedNode(rules, totals.tenths);
  const next = reached?.permanent ? null : nextNode(rules, totals.tenths);
  return {
    points: fromTenths(totals.tenths),
    carried: fromTenths(totals.carried),
    added: fromTenths(totals.tenths - totals.carried),
    reached,
    next,
    toNext: next ? fromTenths(toTenths(next.threshold) - totals.tenths) : null,
    appealing: fromTenths(totals.appealing),
  };
};

/**
 * Where the seller stands now: this cycle's totals per category, nodes reached and next, penalties running.
 * A record the shared schema rejects is left out of every total and reported in `rejected`, naming the record and field.
 */
export const computeStanding = (input: readonly ViolationRecord[], profile: RuleProfile, now: Date): Standing => {
  const nowMs = now.getTime();
  const offset = profile.reset.utcOffsetMinutes;
  const year = cycleYear(nowMs, offset);
  const { records, errors } = validateRecords(input);
  const counted = countedRecords(records, nowMs);
  const { totals, penalties } = walkTimeline(counted, profile, year);

  const categories = {
    A: categoryStanding(profile.categories.A, totals.A),
    B: categoryStanding(profile.categories.B, totals.B),
    C: {
      ...categoryStanding(profile.categories.C, totals.C),
      strikes: totals.C.strikes,
      strikeLimit: profile.strikes?.category === 'C' ? profile.strikes.limit : null,
    },
  };

  let heaviest: Standing['heaviest'] = null;
  let mostAtRisk: Standing['mostAtRisk'] = null;
  for (const category of CATEGORIES) {
    const { reached, next, toNext, points } = categories[category];
    if (reached && (!heaviest || reached.severity > heaviest.node.severity)) {
      heaviest = { category, threshold: reached.threshold, node: reached };
    }
    if (points > 0 && next && toNext !== null) {
      const closer = !mostAtRisk || toNext < mostAtRisk.toNext;
      const heavierTie = mostAtRisk && toNext === mostAtRisk.toNext && next.severity > mostAtRisk.next.severity;
      if (closer || heavierTie) mostAtRisk = { category, toNext, next };
    }
  }

  const inForce = penalties.filter(
    (penalty) => Date.parse(penalty.startedAt) <= nowMs && (penalty.endsAt === null || Date.parse(penalty.endsAt) > nowMs),
  );

  return {
    year,
    resetAt: resetAtOf(year, offset),
    categories,
    heaviest,
    penalties: inForce,
    penaltyHistory: penalties,
    mostAtRisk,
    sealed: inForce.some((penalty) => penalty.node.permanent),
    rejected: errors,
    kindLadders: kindLadderStandings(counted, profile, year),
  };
};

