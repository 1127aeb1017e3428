import type { RuleProfile } from '@/lib/standing/rules';
import type { Category, ViolationRecord } from '@/lib/shared/schema';
import { isoInOffset } from './cycle';
import { computeStanding } from './standing';
import type { Node, Penalty, Standing } from './types';

export type ExtraDeduction = { category: Category; points: number; kind?: string };

const SIMULATED = 'simulated:';

const penaltyKey = (penalty: Penalty) => `${penalty.category}|${penalty.node.threshold}|${penalty.startedAt}`;

/**
 * What-if: the standing before and after adding `extra` deductions now. `triggered` holds the node
 * penalties the extra would execute (only the heaviest of those due at once); `crossed` every node newly reached.
 */
export const simulate = (
  records: readonly ViolationRecord[],
  profile: RuleProfile,
  now: Date,
  extra: readonly ExtraDeduction[],
): { before: Standing; after: Standing; triggered: Node[]; crossed: Array<{ category: Category; node: Node }> } => {
  for (const deduction of extra) {
    if (!Number.isFinite(deduction.points) || deduction.points < 0) {
      throw new Error(`simulate: extra deduction points must be a number ≥ 0, got ${deduction.points}`);
    }
  }
  const occurredAt = isoInOffset(now.getTime(), profile.reset.utcOffsetMinutes);
  const added: ViolationRecord[] = extra.map((deduction, i) => ({
    id: `${SIMULATED}${i}`,
    category: deduction.category,
    kind: deduction.kind ?? '模拟扣分',
    points: deduction.points,
    occurredAt,
    status: 'active',
  }));
  const before = computeStanding(records, profile, now);
  const after = computeStanding([...records, ...added], profile, now);
  const known = new Set(before.penaltyHistory.map(penaltyKey));
  const triggered = after.penaltyHistory.filter((penalty) => !known.has(penaltyKey(penalty))).map((p) => p.node);
  const crossed = (['A', 'B', 'C'] as const).flatMap((category) => {
    const node = after.categories[category].reached;
    const was = before.categories[category].reached;
    return node && node.threshold !== was?.threshold ? [{ category, node }] : [];
  });
  return { before, after, triggered, crossed };
};
