/**
 * The background's only source of "now". Handlers and the jobs they start take
 * a clock instead of reading Date.now(), so tests fix the date and nothing in
 * the suite depends on the day it runs.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/**
 * An instant as ISO 8601 in Beijing time, the clock the records and the rules use.
 * Milliseconds are kept when there are any: two pages read within one second must
 * still sort in the order they were read (the panel shows the shop read last).
 */
export function beijingIso(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().replace(/(\.000)?Z$/, '+08:00');
}
