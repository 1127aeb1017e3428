/**
 * The background's only source of "now". Handlers and the jobs they start take
 * a clock instead of reading Date.now(), so tests fix the date and nothing in
 * the suite depends on the day it runs.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

export { beijingIso } from '@/lib/shared/time';
