import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, recordsOfShop, saveRecordRead, pageReadsOfShop, loadSettings, saveSettings, latestShop } from '@/lib/store/db';
import type { ViolationRecord } from '@/lib/shared/schema';

const record = (id: string, status: ViolationRecord['status'] = 'active'): ViolationRecord => ({
  id,
  category: 'A',
  kind: '虚假交易',
  points: 12,
  occurredAt: '2026-03-01T10:00:00+08:00',
  status,
});

let n = 0;
const fresh = () => openDatabase(`test-${++n}`);
afterEach(() => undefined);

describe('saveRecordRead', () => {
  it('a page read in batches keeps every batch\'s records and unread rows; a new read of the page starts afresh', async () => {
    const db = fresh();
    const base = { shop: 's1', page: 'p1', readAt: '2026-11-01T10:00:00+08:00' };
    await saveRecordRead(db, { ...base, records: [record('1'), record('2')], problems: [{ row: 0, text: 'a', reason: 'x' }] });
    await saveRecordRead(db, { ...base, records: [record('3')], problems: [{ row: 9, text: 'b', reason: 'y' }], append: true });
    const [read] = await pageReadsOfShop(db, 's1');
    expect(read!.recordIds).toEqual(['1', '2', '3']);
    expect(read!.problems.map((p) => p.row)).toEqual([0, 9]);
    expect((await recordsOfShop(db, 's1')).length).toBe(3);
    await saveRecordRead(db, { ...base, records: [record('3')], problems: [] });
    expect((await pageReadsOfShop(db, 's1'))[0]!.recordIds).toEqual(['3']);
  });

  it('refuses additions to a page whose read was erased since, writing nothing, so the tab sends the page whole', async () => {
    const db = fresh();
    const base = { shop: 's1', page: 'p1', readAt: '2026-11-01T10:00:00+08:00' };
    expect(await saveRecordRead(db, { ...base, records: [record('3')], problems: [], append: true })).toEqual({ added: 0, updated: 0, wholeReadNeeded: true });
    expect(await recordsOfShop(db, 's1')).toEqual([]);
    expect(await pageReadsOfShop(db, 's1')).toEqual([]);
  });

  it('keeps records from earlier pages so paging builds the full year', async () => {
    const db = fresh();
    await saveRecordRead(db, { shop: 's1', page: 'p1', readAt: '2026-11-01T10:00:00+08:00', records: [record('1')], problems: [] });
    await saveRecordRead(db, { shop: 's1', page: 'p2', readAt: '2026-11-01T10:01:00+08:00', records: [record('2')], problems: [] });
    expect((await recordsOfShop(db, 's1')).map((r) => r.id).sort()).toEqual(['1', '2']);
  });

  it('updates a record seen again and keeps when it was first seen', async () => {
    const db = fresh();
    await saveRecordRead(db, { shop: 's1', page: 'p1', readAt: '2026-11-01T10:00:00+08:00', records: [record('1', 'appealing')], problems: [] });
    const result = await saveRecordRead(db, { shop: 's1', page: 'p1', readAt: '2026-11-02T10:00:00+08:00', records: [record('1', 'revoked')], problems: [] });
    expect(result).toEqual({ added: 0, updated: 1 });
    const [stored] = await recordsOfShop(db, 's1');
    expect(stored?.status).toBe('revoked');
    expect(stored?.firstSeenAt).toBe('2026-11-01T10:00:00+08:00');
    expect(stored?.lastSeenAt).toBe('2026-11-02T10:00:00+08:00');
  });

  it('never mixes the records of two shops that share a record id', async () => {
    const db = fresh();
    await saveRecordRead(db, { shop: 'shop-a', page: 'p', readAt: '2026-11-01T10:00:00+08:00', records: [record('1')], problems: [] });
    await saveRecordRead(db, { shop: 'shop-b', page: 'p', readAt: '2026-11-01T11:00:00+08:00', records: [record('1', 'revoked')], problems: [] });
    expect((await recordsOfShop(db, 'shop-a'))[0]?.status).toBe('active');
    expect((await recordsOfShop(db, 'shop-b'))[0]?.status).toBe('revoked');
    expect(await latestShop(db)).toBe('shop-b');
  });

  it('keeps the rows the reader could not read with the page they came from', async () => {
    const db = fresh();
    await saveRecordRead(db, { shop: 's1', page: 'p1', readAt: '2026-11-01T10:00:00+08:00', records: [], problems: [{ row: 3, text: '加载中…', reason: '没有扣分' }] });
    expect((await pageReadsOfShop(db, 's1'))[0]?.problems).toEqual([{ row: 3, text: '加载中…', reason: '没有扣分' }]);
  });
});

describe('settings', () => {
  it('starts from the defaults and keeps a change', async () => {
    const db = fresh();
    expect((await loadSettings(db)).warningMargin).toBe(3);
    await saveSettings(db, { warningMargin: 5 });
    expect(await loadSettings(db)).toMatchObject({ warningMargin: 5, profileId: 'taobao' });
  });

  it('rejects an invalid change and keeps the old settings', async () => {
    const db = fresh();
    await expect(saveSettings(db, { warningMargin: -1 })).rejects.toThrow();
    expect((await loadSettings(db)).warningMargin).toBe(3);
  });
});
