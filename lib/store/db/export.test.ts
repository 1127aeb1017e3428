import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STORAGE_FULL_MESSAGE,
  exportAll,
  importAll,
  dismissFinding,
  dismissedFindings,
  markBuyer,
  openDatabase,
  saveEvidence,
  saveRecordRead,
  trackReport,
  unmarkBuyer,
  type SellerShieldDb,
} from '@/lib/store/db';
import { toBeijingIso } from '@/lib/shared/time';
import type { EvidenceCapture, StoredRecord, ViolationRecord } from '@/lib/shared/schema';

let n = 0;
const fresh = () => openDatabase(`export-test-${++n}`);
const AT = '2026-11-23T12:00:00+08:00';

const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map(toBeijingIso);
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const shop = fc.constantFrom('小店', 'shop-b');
const points = fc.integer({ min: 0, max: 480 }).map((tenths) => tenths / 10);

const storedRecord = fc.record({
  id: text,
  category: fc.constantFrom('A', 'B', 'C'),
  kind: text,
  points,
  occurredAt: instant,
  status: fc.constantFrom('active', 'appealing', 'revoked'),
  reason: fc.option(text, { nil: undefined }),
  shop,
  firstSeenAt: instant,
  lastSeenAt: instant,
  pageUrl: fc.string(),
});

const capture = fc.record({
  shop,
  buyerId: fc.constantFrom('tb_a', 'tb_b', 'tb_c'),
  buyerNick: fc.option(text, { nil: undefined }),
  orderId: fc.option(fc.stringMatching(/^\d{6,12}$/), { nil: undefined }),
  orderAt: fc.option(fc.oneof(instant, instant.map((x) => x.slice(0, 10))), { nil: undefined }),
  pageUrl: fc.webUrl(),
  messageText: text,
  messageAt: fc.option(instant, { nil: undefined }),
  capturedAt: instant,
  assessment: fc.record({
    level: fc.constantFrom('none', 'low', 'medium', 'high'),
    score: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
    signals: fc.array(
      fc.record({ id: text, group: text, label: text, evidence: text, start: fc.nat(99), end: fc.nat(99), weight: fc.double({ min: -5, max: 5, noNaN: true }).map((x) => x + 0) }),
      { maxLength: 3 },
    ),
    amounts: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 3 }),
    extortion: fc.boolean(),
  }),
  source: fc.constantFrom('flagged', 'manual'),
}) as fc.Arbitrary<EvidenceCapture>;

const contents = fc.record({
  records: fc.array(storedRecord, { maxLength: 8 }),
  snapshots: fc.uniqueArray(
    fc.record({ shop, at: instant, year: fc.integer({ min: 2024, max: 2027 }), points: fc.record({ A: points, B: points, C: points }) }),
    { maxLength: 5, selector: (s) => `${s.shop}|${s.at}` },
  ),
  settings: fc.option(fc.record({ profileId: fc.constantFrom('taobao', 'tmall'), warningMargin: fc.integer({ min: 0, max: 48 }), language: fc.constantFrom('auto', 'zh_CN', 'zh_TW', 'en'), notifications: fc.boolean() }), { nil: undefined }),
  buyers: fc.array(fc.record({ buyerId: text, trusted: fc.boolean(), flagged: fc.boolean(), note: fc.option(text, { nil: undefined }), markedAt: instant }), { maxLength: 5 }),
  dismissals: fc.array(fc.record({ messageKey: text, dismissedAt: instant }), { maxLength: 5 }),
  captures: fc.array(capture, { maxLength: 8 }),
  filings: fc.array(fc.record({ shop, buyerId: text, orderIds: fc.array(fc.stringMatching(/^\d{6,12}$/), { maxLength: 2 }), filedAt: instant }), { maxLength: 3 }),
});

type Contents = typeof contents extends fc.Arbitrary<infer T> ? T : never;

async function fill(db: SellerShieldDb, data: Contents) {
  await db.records.bulkPut(data.records);
  await db.snapshots.bulkAdd(data.snapshots);
  if (data.settings) await db.settings.put({ key: 'settings', value: data.settings });
  await db.buyers.bulkPut(data.buyers);
  await db.dismissals.bulkPut(data.dismissals);
  for (const c of data.captures) await saveEvidence(db, c);
  for (const [i, f] of data.filings.entries()) await trackReport(db, { ...f, evidenceHashes: [], id: `r${i}` });
}

const record = (id: string, status: ViolationRecord['status'] = 'active'): ViolationRecord => ({ id, category: 'A', kind: '虚假交易', points: 12, occurredAt: '2026-03-01T10:00:00+08:00', status });

const evidence = (buyerId: string, messageText: string): EvidenceCapture => ({
  shop: '小店',
  buyerId,
  pageUrl: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=1',
  messageText,
  capturedAt: '2026-11-20T10:00:00+08:00',
  assessment: { level: 'high', score: 0.8, signals: [], amounts: [3000], extortion: true },
  source: 'flagged',
});

async function seeded(): Promise<SellerShieldDb> {
  const db = fresh();
  await saveRecordRead(db, { shop: '小店', page: 'p1', readAt: '2026-11-01T10:00:00+08:00', records: [record('1'), record('2')], problems: [] });
  await saveEvidence(db, evidence('tb_x', '一'));
  await saveEvidence(db, evidence('tb_x', '二'));
  return db;
}

const snapshot = async (db: SellerShieldDb) => ({ ...(await exportAll(db, AT)), exportedAt: '' });

describe('export everything → import', () => {
  // 40 databases through fake-indexeddb: about a second alone, over 5 s on a busy machine; not a timing test.
  it('round-trips every table identically through a JSON file', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(contents, async (data) => {
        const source = fresh();
        await fill(source, data);
        const exported = await exportAll(source, AT);
        const target = fresh();
        const result = await importAll(target, JSON.stringify(exported));
        expect(result.ok).toBe(true);
        expect(await exportAll(target, AT)).toEqual(exported);
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  });

  it('merges into a database that has data of its own without losing any of it', async () => {
    const here = await seeded();
    const there = fresh();
    await saveRecordRead(there, { shop: '小店', page: 'p1', readAt: '2026-11-05T10:00:00+08:00', records: [record('1', 'revoked'), record('3')], problems: [] });
    await saveEvidence(there, evidence('tb_y', '另一位买家'));
    await importAll(here, JSON.stringify(await exportAll(there, AT)));
    const merged = await exportAll(here, AT);
    expect(merged.records.map((r) => [r.id, r.status, r.firstSeenAt])).toEqual([
      ['1', 'revoked', '2026-11-01T10:00:00+08:00'],
      ['2', 'active', '2026-11-01T10:00:00+08:00'],
      ['3', 'active', '2026-11-05T10:00:00+08:00'],
    ]);
    expect(merged.evidence.map((e) => [e.buyerId, e.messageText])).toEqual([
      ['tb_x', '一'],
      ['tb_x', '二'],
      ['tb_y', '另一位买家'],
    ]);
    // Importing the same file again adds nothing.
    const again = await importAll(here, JSON.stringify(await exportAll(there, AT)));
    expect(again.ok && again.added).toMatchObject({ records: 0, evidence: 0 });
  });

  it('re-importing an identical file reports no change at all', async () => {
    const here = await seeded();
    const file = JSON.stringify(await exportAll(here, AT));
    const again = await importAll(here, file);
    const zero = { records: 0, pageReads: 0, snapshots: 0, settings: 0, buyers: 0, dismissals: 0, evidence: 0, reports: 0, listingDismissals: 0 };
    expect(again).toEqual({ ok: true, added: zero, updated: zero });
  });

  it('the seller\'s later decisions win over an older export: an un-trusted buyer and an undone dismissal stay so', async () => {
    const here = fresh();
    await markBuyer(here, 'tb_x', 'trusted', '2026-11-20T10:00:00+08:00');
    await here.dismissals.put({ messageKey: 'k1', dismissedAt: '2026-11-20T10:00:00+08:00' });
    const older = JSON.stringify(await exportAll(here, AT));
    // Later the seller changes their mind on both.
    await unmarkBuyer(here, 'tb_x', 'trusted', '2026-11-22T10:00:00+08:00');
    await here.dismissals.put({ messageKey: 'k1', dismissedAt: '2026-11-20T10:00:00+08:00', undoneAt: '2026-11-22T10:00:00+08:00' });
    const result = await importAll(here, older);
    expect(result).toMatchObject({ ok: true, added: { buyers: 0, dismissals: 0 }, updated: { buyers: 0, dismissals: 0 } });
    expect(await here.buyers.get('tb_x')).toMatchObject({ trusted: false });
    expect((await here.dismissals.get('k1'))?.undoneAt).toBe('2026-11-22T10:00:00+08:00');
    // And the other way round: a newer file's decision is taken.
    const elsewhere = fresh();
    await markBuyer(elsewhere, 'tb_x', 'trusted', '2026-11-24T10:00:00+08:00');
    await elsewhere.dismissals.put({ messageKey: 'k1', dismissedAt: '2026-11-24T10:00:00+08:00' });
    const newer = await importAll(here, JSON.stringify(await exportAll(elsewhere, AT)));
    expect(newer).toMatchObject({ ok: true, updated: { buyers: 1, dismissals: 1 } });
    expect(await here.buyers.get('tb_x')).toMatchObject({ trusted: true });
    expect((await here.dismissals.get('k1'))?.undoneAt).toBeUndefined();
  });

  it('carries the listing self-check\'s "不是问题" to another computer, and a later undo there wins', async () => {
    const here = fresh();
    await dismissFinding(here, 'taobao:1', 'absolute-core|宝贝标题|最好', '2026-11-20T10:00:00+08:00');
    const file = JSON.stringify(await exportAll(here, AT));
    const there = fresh();
    expect(await importAll(there, file)).toMatchObject({ ok: true, added: { listingDismissals: 1 } });
    expect(await dismissedFindings(there, 'taobao:1')).toEqual(['absolute-core|宝贝标题|最好']);
    await dismissFinding(there, 'taobao:1', 'absolute-core|宝贝标题|最好', '2026-11-22T10:00:00+08:00', true);
    expect(await importAll(there, file)).toMatchObject({ ok: true, updated: { listingDismissals: 0 } });
    expect(await dismissedFindings(there, 'taobao:1')).toEqual([]);
  });

  it('reads a file written before the listing self-check existed', async () => {
    const old = { ...(await exportAll(fresh(), AT)), schemaVersion: 3 } as Record<string, unknown>;
    delete old.listingDismissals;
    expect(await importAll(fresh(), JSON.stringify(old))).toMatchObject({ ok: true });
  });

  it('extends a stored chain with the later entries of the same chain', async () => {
    const here = await seeded();
    const file = await exportAll(here, AT);
    await saveEvidence(here, evidence('tb_x', '三'));
    const longer = await exportAll(here, AT);
    const other = fresh();
    await importAll(other, file);
    const result = await importAll(other, longer);
    expect(result.ok && result.added.evidence).toBe(1);
  });
});

describe('a bad import changes nothing', () => {
  const cases: Array<[string, (file: Record<string, unknown>) => unknown, string]> = [
    ['text that is not JSON', () => '{"format": "seller-shield-data", ', '不是有效的 JSON'],
    ['a file of another program', () => ({ format: 'other-extension-backup', records: [] }), '不是卖家盾导出的数据文件'],
    ['a record with negative points', (f) => ({ ...f, records: [...(f.records as unknown[]), { ...(f.records as StoredRecord[])[0], id: 'new', points: -3 }] }), 'records[2].points'],
    ['a missing table', (f) => ({ ...f, evidence: undefined }), 'evidence'],
    ['a report with an unknown status', (f) => ({ ...f, reports: [{ id: 'r', shop: 's', buyerId: 'b', orderIds: [], evidenceHashes: [], filedAt: AT, status: 'won', statusAt: AT, followUpAt: AT, followUpEstimated: false }] }), 'reports[0].status'],
    ['an evidence entry edited inside the file', (f) => ({ ...f, evidence: (f.evidence as EvidenceCapture[]).map((e, i) => (i === 1 ? { ...e, messageText: '改' } : e)) }), '第 2 条证据'],
    ['a file from a newer version', (f) => ({ ...f, schemaVersion: 99 }), '更新版本'],
  ];

  it.each(cases)('rejects %s with the reason', async (_name, spoil, reason) => {
    const source = await seeded();
    const file = (await exportAll(source, AT)) as unknown as Record<string, unknown>;
    const target = fresh();
    await saveRecordRead(target, { shop: '别的店', page: 'p', readAt: AT, records: [record('9')], problems: [] });
    const before = await snapshot(target);
    const spoilt = spoil(file);
    const result = await importAll(target, typeof spoilt === 'string' ? spoilt : JSON.stringify(spoilt));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
    expect(await snapshot(target)).toEqual(before);
  });

  it('rejects a chain that contradicts the stored one, naming the buyer', async () => {
    const here = await seeded();
    const there = fresh();
    await saveEvidence(there, evidence('tb_x', '另一个版本'));
    await saveRecordRead(there, { shop: '小店', page: 'p9', readAt: AT, records: [record('77')], problems: [] });
    const before = await snapshot(here);
    const result = await importAll(here, await exportAll(there, AT));
    expect(result.ok ? '' : result.reason).toContain('tb_x');
    expect(await snapshot(here)).toEqual(before);
  });
});

describe('storage full', () => {
  const quotaOnEvidence = (db: SellerShieldDb) =>
    db.evidence.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

  it('leaves nothing of a half-done import and says so in Chinese', async () => {
    const there = await seeded();
    await saveRecordRead(there, { shop: '小店', page: 'p2', readAt: AT, records: [record('5')], problems: [] });
    const file = await exportAll(there, AT);
    const here = fresh();
    const before = await snapshot(here);
    quotaOnEvidence(here);
    await expect(importAll(here, file)).rejects.toMatchObject({ name: 'StorageFullError', message: STORAGE_FULL_MESSAGE });
    expect(await snapshot(here)).toEqual(before);
  });

  it('saves neither the evidence nor the buyer mark when the disk is full', async () => {
    const db = fresh();
    quotaOnEvidence(db);
    await expect(saveEvidence(db, evidence('tb_x', '一'))).rejects.toThrow('存储空间不足');
    expect(await db.evidence.count()).toBe(0);
    expect(await db.buyers.count()).toBe(0);
  });
});
