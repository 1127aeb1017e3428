import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { followUpsDue, nextFollowUp, openDatabase, setReportStatus, trackReport } from '@/lib/store/db';
import { reportsOfShop } from './reports';

let n = 0;
const fresh = () => openDatabase(`reports-test-${++n}`);
const filing = (filedAt: string, id: string) => ({ shop: '小店', buyerId: 'tb_1', orderIds: ['3948'], evidenceHashes: ['a'.repeat(64)], filedAt, id });

describe('tracked reports', () => {
  it('starts pending with the follow-up two working days later', async () => {
    const db = fresh();
    const report = await trackReport(db, filing('2026-09-30T10:00:00+08:00', 'r1'));
    expect(report).toMatchObject({ status: 'pending', followUpAt: '2026-10-09T10:00:00+08:00', followUpEstimated: false });
    expect(report.followUpNote).toBeUndefined();
    expect(await reportsOfShop(db, '小店')).toEqual([report]);
  });

  it('keeps the estimate note with a follow-up that falls in an unpublished year', async () => {
    const db = fresh();
    const report = await trackReport(db, filing('2026-12-30T16:00:00+08:00', 'r1'));
    expect(report).toMatchObject({ followUpEstimated: true, followUpNote: '2027 年节假日安排未收录，按工作日估算' });
  });

  it('reminds only about pending reports whose time has come, earliest first', async () => {
    const db = fresh();
    await trackReport(db, filing('2026-11-23T10:00:00+08:00', 'late'));
    await trackReport(db, filing('2026-11-20T10:00:00+08:00', 'early'));
    await trackReport(db, filing('2026-11-19T10:00:00+08:00', 'answered'));
    await setReportStatus(db, 'answered', 'upheld', '2026-11-21T09:00:00+08:00');
    expect((await nextFollowUp(db, Date.parse('2026-11-21T09:00:00+08:00')))?.id).toBe('early');
    // Once 'early' is past, the next alarm is for 'late'.
    expect((await nextFollowUp(db, Date.parse('2026-11-24T10:00:00+08:00')))?.id).toBe('late');
    // 'early' (filed Fri) is due Tue 11-24 10:00, 'late' (filed Mon) Wed 11-25 10:00, Beijing time.
    expect(await followUpsDue(db, new Date('2026-11-24T09:59:00+08:00'))).toEqual([]);
    const due = await followUpsDue(db, new Date('2026-11-25T09:00:00+08:00'));
    expect(due.map((r) => [r.id, r.followUpAt])).toEqual([['early', '2026-11-24T10:00:00+08:00']]);
    expect((await followUpsDue(db, new Date('2026-11-25T10:00:00+08:00'))).map((r) => r.id)).toEqual(['early', 'late']);
  });

  it('records the answer the seller sets and refuses an unknown report', async () => {
    const db = fresh();
    await trackReport(db, filing('2026-11-20T10:00:00+08:00', 'r1'));
    expect(await setReportStatus(db, 'r1', 'rejected', '2026-11-24T08:00:00+08:00')).toMatchObject({ status: 'rejected', statusAt: '2026-11-24T08:00:00+08:00' });
    await expect(setReportStatus(db, 'nope', 'upheld', '2026-11-24T08:00:00+08:00')).rejects.toThrow('没有这条举报记录');
  });
});
