import type { Node, RepeatingLadder } from '@/lib/standing/rules';
import { toTenths } from './tenths';

/** A category's ladder, or a kind ladder (explicit nodes only). */
type Ladder = { nodes: readonly Node[]; repeatEvery?: RepeatingLadder | null };

const stepNode = (rules: Ladder, step: number): Node | null => {
  const repeat = rules.repeatEvery;
  if (!repeat || step < 1) return null;
  return {
    threshold: step * repeat.every,
    measures: repeat.measures,
    days: step * repeat.daysPerStep,
    permanent: false,
    severity: step * repeat.severityPerStep,
    source: repeat.source,
  };
};

/** The highest node whose threshold is at or below the points (in tenths). */
export const reachedNode = (rules: Ladder, tenths: number): Node | null => {
  if (rules.repeatEvery) return stepNode(rules, Math.floor(tenths / toTenths(rules.repeatEvery.every)));
  let reached: Node | null = null;
  for (const node of rules.nodes) {
    if (toTenths(node.threshold) > tenths) break;
    reached = node;
  }
  return reached;
};

/** The lowest node above the points; a repeating ladder always has one. */
export const nextNode = (rules: Ladder, tenths: number): Node | null => {
  if (rules.repeatEvery) return stepNode(rules, Math.floor(tenths / toTenths(rules.repeatEvery.every)) + 1);
  return rules.nodes.find((node) => toTenths(node.threshold) > tenths) ?? null;
};
