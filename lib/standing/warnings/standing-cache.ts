import type { Standing } from '@/lib/standing/points';
import type { PageFloor } from './page-totals';

/**
 * The standing the background computed last, kept so the panel can draw the
 * cards before it has loaded every record (10,000 records take longer to read
 * from IndexedDB than the panel may take to open). The panel replaces it with
 * a standing computed from the records as soon as they are loaded.
 */
export type StandingCache = { shop: string; profileId: string; computedAt: string; shape: number; standing: Standing; floors?: PageFloor[] };

/** Raised whenever the Standing type changes, so a cache written by an older version is not drawn. */
export const STANDING_CACHE_SHAPE = 2;

/** A cached standing is shown only in its own shape, under the same profile and in the same yearly cycle. */
export const cachedStandingFits = (cache: StandingCache | undefined, profileId: string, year: number): cache is StandingCache =>
  cache !== undefined && cache.shape === STANDING_CACHE_SHAPE && cache.profileId === profileId && cache.standing.year === year;
