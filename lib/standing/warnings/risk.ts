import type { Node } from '@/lib/standing/rules';
import type { Standing } from '@/lib/standing/points';
import type { Category } from '@/lib/shared/schema';

const CATEGORIES: readonly Category[] = ['A', 'B', 'C'];

export type NearNode = { category: Category; points: number; toNext: number; node: Node };
export type ReachedNode = { category: Category; threshold: number; node: Node };

/** What the banner and notifications warn about; null when there is nothing to warn about. */
export type Warning = { near: NearNode | null; reached: ReachedNode | null };

/**
 * The category closest to its next node, among those within `margin` points of
 * it (ties: the heavier node); a category with no points yet is not "near".
 */
export const nearestWithin = (standing: Standing, margin: number): NearNode | null => {
  let nearest: NearNode | null = null;
  for (const category of CATEGORIES) {
    const { points, toNext, next } = standing.categories[category];
    if (points <= 0 || toNext === null || !next || toNext > margin) continue;
    const closer = !nearest || toNext < nearest.toNext;
    const heavierTie = nearest && toNext === nearest.toNext && next.severity > nearest.node.severity;
    if (closer || heavierTie) nearest = { category, points, toNext, node: next };
  }
  return nearest;
};

/** The heaviest node whose penalty runs now; a node reached earlier whose penalty has ended is history, not an alarm. */
export const heaviestInForce = (standing: Standing): ReachedNode | null => {
  let heaviest: ReachedNode | null = null;
  for (const { category, node } of standing.penalties) {
    if (!heaviest || node.severity > heaviest.node.severity) heaviest = { category, threshold: node.threshold, node };
  }
  return heaviest;
};

export const warningOf = (standing: Standing, margin: number): Warning | null => {
  const near = nearestWithin(standing, margin);
  const reached = heaviestInForce(standing);
  return near || reached ? { near, reached } : null;
};

/** Categories ordered for the panel: the most at risk first, then A, B, C. */
export const categoriesByRisk = (standing: Standing): Category[] => {
  const first = standing.mostAtRisk?.category;
  return first ? [first, ...CATEGORIES.filter((c) => c !== first)] : [...CATEGORIES];
};
