import type { Standing } from '@/lib/standing/points';

/** Identifies a standing for dismissals: a dismissed banner returns when any of this changes. */
export const standingSignature = (shop: string, standing: Standing): string => {
  const { A, B, C } = standing.categories;
  const reached = standing.heaviest ? `${standing.heaviest.category}${standing.heaviest.threshold}` : '-';
  return `${shop}|${standing.year}|A${A.points}|B${B.points}|C${C.points}|${reached}`;
};
