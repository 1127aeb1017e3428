const BEIJING_OFFSET_MS = 8 * 3600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export type CalendarDate = { year: number; month: number; day: number };

/** The Beijing-time wall clock of an instant, whatever the machine's time zone (China has no DST). */
function beijingParts(instant: Date | string) {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${String(instant)}`);
  const wall = new Date(ms + BEIJING_OFFSET_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** ISO 8601 with +08:00, the form every stored time uses. */
export function toBeijingIso(instant: Date | string): string {
  const p = beijingParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** "2026-11-23 18:40" in Beijing time, for the seller and the report. */
export function formatBeijing(instant: Date | string): string {
  const p = beijingParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function beijingDate(instant: Date | string): CalendarDate {
  const { year, month, day } = beijingParts(instant);
  return { year, month, day };
}

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * An instant as ISO 8601 in Beijing time, keeping milliseconds when there are
 * any: two pages read within one second must still sort in the order they were
 * read (the panel shows the shop read last).
 */
export function beijingIso(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().replace(/(\.000)?Z$/, '+08:00');
}

/** A whole-second Beijing time for file names and export stamps. */
export const beijingStamp = (ms: number): string => toBeijingIso(new Date(ms));
