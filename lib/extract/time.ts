import { toSimplified } from './synonyms';
import { compatible } from './text';

const datePattern =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*T?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?!\d)(?:\s*[:分]\s*(\d{1,2})(?!\d)\s*秒?)?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A page's time (always Beijing time) as ISO 8601 with +08:00:
 * 2026-01-14 09:12:44, 2026/03/15, 2026年2月3日 10:05, full-width digits, date and
 * time on separate lines. A date alone is midnight. Null when there is no valid date.
 */
export function parseTime(text: string): string | null {
  const match = datePattern.exec(toSimplified(compatible(text)));
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year === undefined || month === undefined || day === undefined) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}
