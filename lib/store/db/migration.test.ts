import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bannerDismissed, CURRENT_SCHEMA_VERSION, holdSelection, takeSelection, exportAll, importAll, loadSettings, loadStandingCache, openDatabase, saveEvidence, saveRecordRead, saveSettings } from '@/lib/store/db';
import type { ViolationRecord } from '@/lib/shared/schema';

const record = (id: string, points: number): ViolationRecord => ({
  id,
  category: 'B',
  kind: '发布违禁信息',
  points,
  occurredAt: '2026-04-01T10:00:00+08:00',
  status: 'active',
  reason: '发布了禁售商品',
});

describe('schema upgrade', () => {
  it('keeps every record written at version 1 when the database opens at the current version', async () => {
    const name = 'migration-v1';
    const v1 = openDatabase(name, undefined, 1);
    await saveRecordRead(v1, { shop: '小店', page: 'p1', readAt: '2026-11-01T10:00:00+08:00', records: [record('1', 12), record('2', 0.2)], problems: [{ row: 4, text: '？', reason: '没有扣分' }], totals: { B: 12.2 } });
    await saveSettings(v1, { warningMargin: 5 });
    await v1.snapshots.add({ shop: '小店', at: '2026-11-01T10:00:00+08:00', year: 2026, points: { A: 0, B: 12.2, C: 0 } });
    await v1.buyers.bulkPut([
      { buyerId: 'flagged-one', trusted: false, flagged: true, markedAt: '2026-10-01T10:00:00+08:00', note: '十倍赔偿' },
      // A row an early build wrote without the trust flag.
      { buyerId: 'old-row', flagged: true, markedAt: '2026-10-01T10:00:00+08:00' } as never,
    ]);
    await v1.dismissals.add({ messageKey: 'm1', dismissedAt: '2026-10-02T10:00:00+08:00' });
    const before = {
      records: await v1.records.toArray(),
      pageReads: await v1.pageReads.toArray(),
      snapshots: await v1.snapshots.toArray(),
      settings: await v1.settings.toArray(),
      dismissals: await v1.dismissals.toArray(),
    };
    expect(v1.verno).toBe(1);
    v1.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect({
      records: await current.records.toArray(),
      pageReads: await current.pageReads.toArray(),
      snapshots: await current.snapshots.toArray(),
      settings: await current.settings.toArray(),
      dismissals: await current.dismissals.toArray(),
    }).toEqual(before);
    expect(await current.buyers.toArray()).toEqual([
      { buyerId: 'flagged-one', trusted: false, flagged: true, markedAt: '2026-10-01T10:00:00+08:00', note: '十倍赔偿' },
      { buyerId: 'old-row', trusted: false, flagged: true, markedAt: '2026-10-01T10:00:00+08:00' },
    ]);
    // The new tables work on the upgraded database.
    const saved = await saveEvidence(current, {
      shop: '小店',
      buyerId: 'flagged-one',
      pageUrl: 'https://example.test/',
      messageText: '赔钱',
      capturedAt: '2026-11-23T10:00:00+08:00',
      assessment: { level: 'low', score: 0.2, signals: [], amounts: [], extortion: false },
      source: 'manual',
    });
    expect(await current.evidence.toArray()).toEqual([saved]);
    current.close();
  });
});

describe('schema version 3: one kind of thing per table', () => {
  const cache = { shop: '小店', profileId: 'taobao', computedAt: '2026-11-01T10:00:00+08:00', shape: 2, standing: { year: 2026 } };

  it('moves the banner\'s dismissals and the standing cache out of the message dismissals and the settings', async () => {
    const name = 'migration-v2';
    const v2 = openDatabase(name, undefined, 2);
    await saveSettings(v2, { warningMargin: 5 });
    await v2.table('settings').put({ key: 'standing-cache', value: cache });
    await v2.dismissals.bulkAdd([
      { messageKey: 'buyer@2026-10-02T10:00:00+08:00#1', dismissedAt: '2026-10-02T10:00:00+08:00' },
      { messageKey: 'banner:小店|2026|B:12', dismissedAt: '2026-10-03T10:00:00+08:00' },
    ]);
    v2.close();

    const current = openDatabase(name);
    expect(await current.dismissals.toArray()).toEqual([{ messageKey: 'buyer@2026-10-02T10:00:00+08:00#1', dismissedAt: '2026-10-02T10:00:00+08:00' }]);
    expect(await bannerDismissed(current, '小店|2026|B:12')).toBe(true);
    expect(await loadStandingCache(current)).toEqual(cache);
    expect((await current.settings.toArray()).map((row) => row.key)).toEqual(['settings']);
    expect((await loadSettings(current)).warningMargin).toBe(5);
    // The export holds the message dismissal only: a banner "×" is not a buyer message the seller judged.
    expect((await exportAll(current, '2026-11-01T10:00:00+08:00')).dismissals.map((d) => d.messageKey)).toEqual(['buyer@2026-10-02T10:00:00+08:00#1']);
    current.close();
  });

  it('an export file from before keeps its banner dismissals apart when imported', async () => {
    const db = openDatabase('migration-import-v2');
    const file = { ...(await exportAll(db, '2026-11-01T10:00:00+08:00')), schemaVersion: 2 };
    file.dismissals = [
      { messageKey: 'banner:小店|2026|B:12', dismissedAt: '2026-10-03T10:00:00+08:00' },
      { messageKey: 'k1', dismissedAt: '2026-10-02T10:00:00+08:00' },
    ];
    expect(await importAll(db, JSON.stringify(file))).toMatchObject({ ok: true, added: { dismissals: 2 } });
    expect(await bannerDismissed(db, '小店|2026|B:12')).toBe(true);
    expect((await db.dismissals.toArray()).map((d) => d.messageKey)).toEqual(['k1']);
    db.close();
  });
});

describe('schema version 5: the pending selection in a table of its own', () => {
  it('moves a selection waiting in the settings at version 4 to its own table, and the panel still gets it once', async () => {
    const name = 'migration-v4';
    const v4 = openDatabase(name, undefined, 4);
    await saveSettings(v4, { warningMargin: 5 });
    await v4.table('settings').put({ key: 'pending-selection', value: '按十倍赔偿，不然我去投诉' });
    v4.close();

    const current = openDatabase(name);
    expect((await current.settings.toArray()).map((row) => row.key)).toEqual(['settings']);
    expect((await loadSettings(current)).warningMargin).toBe(5);
    expect(await takeSelection(current)).toBe('按十倍赔偿，不然我去投诉');
    expect(await takeSelection(current)).toBeNull();
    current.close();
  });

  it('keeps only the latest selection, never in the settings or an export', async () => {
    const db = openDatabase('selection-current');
    await holdSelection(db, '第一段');
    await holdSelection(db, '第二段');
    expect((await db.settings.toArray()).length).toBe(0);
    expect(JSON.stringify(await exportAll(db, '2026-11-01T10:00:00+08:00'))).not.toContain('第二段');
    expect(await takeSelection(db)).toBe('第二段');
    expect(await takeSelection(db)).toBeNull();
    db.close();
  });
});
