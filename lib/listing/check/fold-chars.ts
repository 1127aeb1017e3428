/**
 * The Traditional → Simplified pairs the listing check folds by (FROM[i] → TO[i]). Here the project's
 * whole table (3,430 pairs); the build and the unit tests (scripts/prebuilt-listing.mjs) replace this
 * module with the part of it that can change what the checker sees (fold-cut.ts), about a quarter:
 * the whole table would be 13 kB of each listing script's 80 KiB gzipped budget.
 */
export { TRADITIONAL as FROM, SIMPLIFIED as TO } from '@/lib/shared/traditional';
