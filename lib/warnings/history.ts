import type { Standing } from '@/lib/points';
import type { Category, StandingSnapshot } from '@/lib/schema';

export type HistoryPoint = { at: number; points: number };
export type HistorySeries = Record<Category, HistoryPoint[]>;

export const snapshotOf = (shop: string, standing: Standing, at: string): StandingSnapshot => ({
  shop,
  at,
  year: standing.year,
  points: { A: standing.categories.A.points, B: standing.categories.B.points, C: standing.categories.C.points },
});

/** A snapshot is stored only when the standing moved: another year, or other points in any category. */
export const snapshotChanged = (last: StandingSnapshot | undefined, next: StandingSnapshot): boolean =>
  !last || last.year !== next.year || (['A', 'B', 'C'] as const).some((c) => last.points[c] !== next.points[c]);

/** Points per category over one year, oldest first, from the snapshots of that year. */
export const historySeries = (snapshots: readonly StandingSnapshot[], year: number): HistorySeries => {
  const ofYear = snapshots.filter((s) => s.year === year).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const series = (category: Category) => ofYear.map((s) => ({ at: Date.parse(s.at), points: s.points[category] ?? 0 }));
  return { A: series('A'), B: series('B'), C: series('C') };
};
