import { computeStanding, isoInOffset, type CategoryStanding, type Standing } from '@/lib/standing/points';
import type { RuleProfile } from '@/lib/standing/rules';
import type { Category, PageRead, ViolationRecord } from '@/lib/shared/schema';

const CATEGORIES: readonly Category[] = ['A', 'B', 'C'];

/** A category whose page shows more points for this cycle than the records read add up to. */
export type PageFloor = { category: Category; shown: number; read: number; page: string; readAt: string };

/** The standing the seller sees, and where the page's own totals raised it. */
export type SeenStanding = { standing: Standing; floors: PageFloor[] };

const tenths = (points: number) => Math.round(points * 10);

/** The start of the cycle that ends at `resetAt`: the same instant a year before. */
function cycleStart(resetAt: string): number {
  const end = new Date(resetAt);
  end.setUTCFullYear(end.getUTCFullYear() - 1);
  return end.getTime();
}

/**
 * Per category, the total the page showed last in this cycle, when it is more
 * than the records read: records not paged through, or rows not understood.
 */
export function pageFloors(standing: Standing, reads: readonly PageRead[]): PageFloor[] {
  const from = cycleStart(standing.resetAt);
  const to = Date.parse(standing.resetAt);
  const inCycle = reads
    .filter((read) => read.totals && Date.parse(read.readAt) > from && Date.parse(read.readAt) <= to)
    .sort((a, b) => Date.parse(b.readAt) - Date.parse(a.readAt));
  const floors: PageFloor[] = [];
  for (const category of CATEGORIES) {
    const latest = inCycle.find((read) => read.totals?.[category] !== undefined);
    const shown = latest?.totals?.[category];
    const read = standing.categories[category].points;
    if (latest && shown !== undefined && tenths(shown) > tenths(read)) floors.push({ category, shown, read, page: latest.page, readAt: latest.readAt });
  }
  return floors;
}

/** The most severe node reached and the category closest to its next node, over the figures shown. */
function heaviestAndNearest(categories: Standing['categories']): Pick<Standing, 'heaviest' | 'mostAtRisk'> {
  let heaviest: Standing['heaviest'] = null;
  let mostAtRisk: Standing['mostAtRisk'] = null;
  for (const category of CATEGORIES) {
    const { reached, next, toNext, points } = categories[category];
    if (reached && (!heaviest || reached.severity > heaviest.node.severity)) heaviest = { category, threshold: reached.threshold, node: reached };
    if (points <= 0 || !next || toNext === null) continue;
    if (!mostAtRisk || toNext < mostAtRisk.toNext || (toNext === mostAtRisk.toNext && next.severity > mostAtRisk.next.severity)) {
      mostAtRisk = { category, toNext, next };
    }
  }
  return { heaviest, mostAtRisk };
}

/**
 * Never less than the platform shows: where a page's own cycle total is higher
 * than the records read, the points, the node reached, the next node and the
 * distance to it follow the page's figure (the profile's ladder applied to it,
 * as to one deduction of that size). Penalties in force and strikes stay those
 * of the records read: when a node was executed is not on the page.
 */
export function standingSeen(records: readonly ViolationRecord[], reads: readonly PageRead[], profile: RuleProfile, now: Date): SeenStanding {
  const standing = computeStanding(records, profile, now);
  const floors = pageFloors(standing, reads);
  if (floors.length === 0) return { standing, floors };
  const penalties = [...standing.penalties];
  const pick = <T extends CategoryStanding>(category: Category, own: T): T => {
    const floor = floors.find((entry) => entry.category === category);
    if (!floor) return own;
    // A page read after `now` (the panel fixes `now` when it opens) still counts: its figure held no later than now.
    const occurredAt = Date.parse(floor.readAt) <= now.getTime() ? floor.readAt : isoInOffset(now.getTime(), profile.reset.utcOffsetMinutes);
    const shown: ViolationRecord = { id: 'page-total', category, kind: '页面显示的扣分', points: floor.shown, occurredAt, status: 'active' };
    const atPageFigure = computeStanding([shown], profile, now);
    const { points, reached, next, toNext } = atPageFigure.categories[category];
    // A node the page's figure reaches and the records do not: its penalty counted from when the page was read
    // (it began no later), so the banner warns of it rather than staying silent.
    const ownThreshold = own.reached?.threshold ?? 0;
    penalties.push(...atPageFigure.penalties.filter((penalty) => penalty.node.threshold > ownThreshold));
    return { ...own, points, added: (tenths(points) - tenths(own.carried)) / 10, reached, next, toNext };
  };
  const { A, B, C } = standing.categories;
  const categories = { A: pick('A', A), B: pick('B', B), C: pick('C', C) };
  const sealed = standing.sealed || penalties.some((penalty) => penalty.endsAt === null && penalty.node.permanent);
  return { standing: { ...standing, categories, penalties, ...heaviestAndNearest(categories), sealed }, floors };
}
