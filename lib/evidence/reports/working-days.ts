import chineseDays from 'chinese-days';
import { formatDate, toBeijingIso, type CalendarDate } from '@/lib/shared/time';
import { addDays, parseDay, weekday } from './calendar-date';

/** Fixed-date public holidays, used only for years the calendar package does not cover yet. */
const fixedHolidays = new Set(['01-01', '05-01', '10-01', '10-02', '10-03']);

const weekdayNames = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

/**
 * The package's own entry for a day, or null when the day is not in its lists.
 * chinese-days parses "YYYY-MM-DD" as UTC midnight and reads it back with
 * local getters: west of UTC every date shifts a day, in its lists and in our
 * question alike, so date strings still find the right entry — but its weekday
 * fallback is then a day off, so weekdays are counted here instead.
 */
function listedDay(date: CalendarDate): boolean | null {
  const detail = chineseDays.getDayDetail(formatDate(date));
  return weekdayNames.has(detail.name) ? null : detail.work;
}

const coveredYears = new Map<number, boolean>();

/** Whether the package holds the State Council's schedule for `year` (it lists no holiday otherwise). */
export function calendarCovers(year: number): boolean {
  let covered = coveredYears.get(year);
  if (covered === undefined) {
    covered = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    coveredYears.set(year, covered);
  }
  return covered;
}

export type WorkdayAnswer = { workday: boolean; estimated: boolean };

/** Working day on China's calendar (holidays and make-up days included); an estimate where the year is missing. */
export function isChineseWorkday(date: CalendarDate): WorkdayAnswer {
  const day = weekday(date);
  const monday2friday = day >= 1 && day <= 5;
  if (calendarCovers(date.year)) return { workday: listedDay(date) ?? monday2friday, estimated: false };
  return { workday: monday2friday && !fixedHolidays.has(formatDate(date).slice(5)), estimated: true };
}

export type FollowUpDue = {
  /** Same Beijing time of day as the filing, on the due day. */
  dueAt: string;
  dueDate: string;
  estimated: boolean;
  /** Shown next to the due date when estimated. */
  note: string | null;
};

/**
 * The platform answers a report within 2 working days: the follow-up falls on
 * the second working day after the filing day, at the filing's time of day.
 */
export function followUpDue(filedAt: string, workingDays = 2): FollowUpDue {
  const filed = parseDay(filedAt);
  const missingYears = new Set<number>();
  let day = filed;
  for (let counted = 0; counted < workingDays; ) {
    day = addDays(day, 1);
    const answer = isChineseWorkday(day);
    if (answer.estimated) missingYears.add(day.year);
    if (answer.workday) counted++;
  }
  const time = toBeijingIso(filedAt).slice(10);
  const years = [...missingYears].sort();
  return {
    dueAt: `${formatDate(day)}${time}`,
    dueDate: formatDate(day),
    estimated: years.length > 0,
    note: years.length ? `${years.join('、')} 年节假日安排未收录，按工作日估算` : null,
  };
}
