import { toSimplified } from './traditional';
import { compatible } from './text';

const datePattern =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*T?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?!\d)(?:\s*[:分]\s*(\d{1,2})(?!\d)\s*秒?)?)?/;

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : monthDays[month - 1]!;
}

// ASCII text needs neither NFKC nor Traditional folding: most pages' times.
const plainAscii = /^[ -~]*$/;

/**
 * A page's time (always Beijing time) as ISO 8601 with +08:00:
 * 2026-01-14 09:12:44, 2026/03/15, 2026年2月3日 10:05, full-width digits, date and
 * time on separate lines. A date alone is midnight. Null when there is no valid date.
 */
// The form most pages use, checked before the general pattern.
const commonForm = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseTime(text: string): string | null {
  const match = commonForm.exec(text) ?? datePattern.exec(plainAscii.test(text) ? text : toSimplified(compatible(text)));
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}
