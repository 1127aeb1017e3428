const DAY = 86_400_000;

/** Whole days left until the yearly reset (counted up: on 12-31 itself there is 1 day left). */
export const daysUntilReset = (now: Date, resetAt: string): number =>
  Math.max(0, Math.ceil((Date.parse(resetAt) - now.getTime()) / DAY));
