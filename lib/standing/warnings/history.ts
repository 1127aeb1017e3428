import { computeStanding, type Standing } from '@/lib/standing/points';
import type { RuleProfile } from '@/lib/standing/rules';
import type { Category, StandingSnapshot, ViolationRecord } from '@/lib/shared/schema';

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

/** The instants a replay is drawn at: every record time in the window, thinned evenly (the last kept) beyond `most`. */
const replayInstants = (records: readonly ViolationRecord[], from: number, to: number, most: number): number[] => {
  const times = [...new Set(records.map((r) => Date.parse(r.occurredAt)).filter((at) => at >= from && at <= to))].sort((a, b) => a - b);
  if (times.length <= most) return times;
  const step = times.length / most;
  return Array.from({ length: most }, (_, i) => times[Math.min(times.length - 1, Math.floor((i + 1) * step) - 1)]!);
};

/**
 * Points per category through the cycle, replayed from the records with the
 * points engine itself (caps, revocations and carry-over included), so the
 * line starts where the records start — not on the day the extension first
 * looked. Points carried in show at the cycle's start. Each step is one full
 * computation, so a shop with thousands of records is drawn at `most` instants.
 */
export const replaySeries = (
  records: readonly ViolationRecord[],
  profile: RuleProfile,
  window: { start: number; end: number },
  most = 60,
): HistorySeries => {
  const series: HistorySeries = { A: [], B: [], C: [] };
  const add = (at: number, standing: Standing) => {
    for (const c of ['A', 'B', 'C'] as const) series[c].push({ at, points: standing.categories[c].points });
  };
  const opening = computeStanding(records, profile, new Date(window.start));
  if ((['A', 'B', 'C'] as const).some((c) => opening.categories[c].points > 0)) add(window.start, opening);
  for (const at of replayInstants(records, window.start, window.end, most)) add(at, computeStanding(records, profile, new Date(at)));
  return series;
};
