import type { Standing } from '@/lib/standing/points';
import { formatPoints } from './format';

export const BADGE_RED = '#d93025';
export const BADGE_GREY = '#5f6368';

export type Badge = { text: string; color: string };

/**
 * The toolbar badge: the smallest distance to any category's next node, red
 * when it is inside the warning margin. A sealed account shows "!" in red.
 */
export const badgeOf = (standing: Standing | null, margin: number): Badge => {
  if (!standing) return { text: '', color: BADGE_GREY };
  if (standing.sealed) return { text: '!', color: BADGE_RED };
  const distances = Object.values(standing.categories)
    .map((c) => c.toNext)
    .filter((d): d is number => d !== null);
  if (distances.length === 0) return { text: '', color: BADGE_GREY };
  const smallest = Math.min(...distances);
  return { text: formatPoints(smallest), color: smallest <= margin ? BADGE_RED : BADGE_GREY };
};
