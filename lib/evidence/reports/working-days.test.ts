import { describe, expect, it } from 'vitest';
import { followUpDue, isChineseWorkday } from '@/lib/evidence/reports';

// Expected days come from the State Council's 2026 schedule (gov.cn/zhengce/zhengceku/202511/content_7047091.htm):
// 国庆 10-01…10-07 off, 09-20 (Sun) and 10-10 (Sat) worked; 春节 02-15…02-23 off, 02-14 and 02-28 worked.
describe('isChineseWorkday', () => {
  it.each([
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // make-up Saturday
    ['2026-09-20', true], // make-up Sunday
    ['2026-02-23', false], // a Monday inside 春节
    ['2026-02-28', true],
    ['2026-03-07', false], // an ordinary Saturday
    ['2026-03-09', true], // an ordinary Monday
  ])('%s working: %s (from the published calendar, not estimated)', (day, working) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    expect(isChineseWorkday({ year, month, day: date })).toEqual({ workday: working, estimated: false });
  });

  it('estimates a year the calendar package does not hold yet', () => {
    expect(isChineseWorkday({ year: 2027, month: 1, day: 1 })).toEqual({ workday: false, estimated: true });
    expect(isChineseWorkday({ year: 2027, month: 10, day: 4 })).toEqual({ workday: true, estimated: true });
    expect(isChineseWorkday({ year: 2027, month: 10, day: 2 })).toEqual({ workday: false, estimated: true });
  });
});

describe('followUpDue', () => {
  it('counts two working days after an ordinary filing day', () => {
    expect(followUpDue('2026-11-23T14:30:00+08:00')).toEqual({
      dueAt: '2026-11-25T14:30:00+08:00',
      dueDate: '2026-11-25',
      estimated: false,
      note: null,
    });
  });

  it('skips the National Day week and counts the make-up Saturday', () => {
    expect(followUpDue('2026-09-30T10:00:00+08:00').dueDate).toBe('2026-10-09');
    expect(followUpDue('2026-10-09T10:00:00+08:00').dueDate).toBe('2026-10-12');
  });

  it('counts a make-up Sunday as a working day', () => {
    expect(followUpDue('2026-09-18T10:00:00+08:00').dueDate).toBe('2026-09-21');
  });

  it('uses the Beijing date of the filing, wherever the computer is', () => {
    // 21:00 UTC on 09-30 is 05:00 on 10-01 in Beijing.
    expect(followUpDue('2026-09-30T21:00:00Z')).toMatchObject({ dueAt: '2026-10-09T05:00:00+08:00', estimated: false });
  });

  it('marks a due date that reaches into 2027 as an estimate and says why', () => {
    const due = followUpDue('2026-12-30T16:00:00+08:00');
    expect(due).toEqual({
      dueAt: '2027-01-04T16:00:00+08:00',
      dueDate: '2027-01-04',
      estimated: true,
      note: '2027 年节假日安排未收录，按工作日估算',
    });
  });

  it('calls a due date exact when every counted day is in the published calendar', () => {
    expect(followUpDue('2026-12-28T09:00:00+08:00')).toMatchObject({ dueDate: '2026-12-30', estimated: false, note: null });
  });
});
