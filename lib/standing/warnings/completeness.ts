import type { Standing } from '@/lib/standing/points';
import type { Category, PageRead, ReadProblem } from '@/lib/shared/schema';
import type { PageFloor } from './page-totals';

export type UnreadRow = ReadProblem & { page: string };
export type TotalsMismatch = { category: Category; page: string; shown: number; read: number };

export type Completeness = {
  /** No records page has been read yet. */
  noPagesRead: boolean;
  unread: UnreadRow[];
  mismatches: TotalsMismatch[];
};

/**
 * What the totals rest on: the rows the reader could not read, and where a page
 * showed its own totals (一般违规累计扣分 …) that differ from the records read
 * (`floors`: where the standing shows the page's figure, what the records add up to).
 */
export const completenessOf = (reads: readonly PageRead[], standing: Standing, floors: readonly PageFloor[] = []): Completeness => {
  const unread = reads.flatMap((read) => read.problems.map((problem) => ({ ...problem, page: read.page })));
  const mismatches: TotalsMismatch[] = [];
  for (const read of reads) {
    for (const category of ['A', 'B', 'C'] as const) {
      const shown = read.totals?.[category];
      // Compared with the records read, not with the page's figure the standing shows.
      const points = floors.find((floor) => floor.category === category)?.read ?? standing.categories[category].points;
      if (shown !== undefined && Math.round(shown * 10) !== Math.round(points * 10)) {
        mismatches.push({ category, page: read.page, shown, read: points });
      }
    }
  }
  return { noPagesRead: reads.length === 0, unread, mismatches };
};
