// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ViolationRecord } from '@/lib/shared/schema';
import { readViolationRecords } from '@/lib/standing/extract';
import { exportAll, importAll, openDatabase, pageReadsOfShop, recordsOfShop, saveRecordRead, saveStandingCache } from '@/lib/store/db';

// Pages that show no record numbers, and the ids the reader gave their rows before
// schema version 6 (read by that version's code): hashes over text folded by a hand list.
const traditional = `<table>
  <tr><th>違規類型</th><th>違規行為</th><th>扣分</th><th>違規時間</th><th>違規原因</th><th>處理結果</th></tr>
  <tr><td>嚴重違規</td><td>虛假交易</td><td>12</td><td>2026-03-03 08:15</td><td>帳號於答覆期間異常</td><td>生效</td></tr>
  <tr><td>嚴重違規</td><td>虛假交易</td><td>12</td><td>2026-03-03 08:15</td><td>帳號於答覆期間異常</td><td>生效</td></tr>
  <tr><td>一般違規</td><td>發布違禁信息</td><td>6</td><td>2026-04-01 10:00</td><td>发布了禁售商品</td><td>生效</td></tr>
  <tr><td>嚴重違規</td><td>虛假交易</td><td>12</td><td>2026-05-06 09:00</td><td>於三月下單</td><td>生效</td></tr>
</table>`;
const traditionalIdsThen = ['h1ts55byyq7i', 'h1ts55byyq7i-2', 'h230valgyppa', 'hyeagtchy48'];
// The last row again, on the Simplified page: the old folding left 於 alone, so it was a second record.
const simplified = `<table>
  <tr><th>违规类型</th><th>违规行为</th><th>扣分</th><th>违规时间</th><th>违规原因</th><th>处理结果</th></tr>
  <tr><td>严重违规</td><td>虚假交易</td><td>12</td><td>2026-05-06 09:00</td><td>于三月下单</td><td>申诉中</td></tr>
</table>`;
const simplifiedIdsThen = ['h1wzlf60d67y'];

const readNow = (html: string) => readViolationRecords(new DOMParser().parseFromString(html, 'text/html')).records;
const storedThen = (html: string, ids: readonly string[]): ViolationRecord[] => readNow(html).map((record, i) => ({ ...record, id: ids[i]! }));
const shown: ViolationRecord = { id: '31001', category: 'A', kind: '虛假交易', points: 12, occurredAt: '2026-03-03T08:15:00+08:00', status: 'active' };

async function databaseAtVersion5(name: string) {
  const v5 = openDatabase(name, undefined, 5);
  await saveRecordRead(v5, { shop: '小店', page: 'tw', readAt: '2026-06-01T10:00:00+08:00', records: [...storedThen(traditional, traditionalIdsThen), shown], problems: [] });
  await saveRecordRead(v5, { shop: '小店', page: 'cn', readAt: '2026-06-02T10:00:00+08:00', records: storedThen(simplified, simplifiedIdsThen), problems: [] });
  await saveStandingCache(v5, { shop: '小店', profileId: 'taobao', computedAt: '2026-06-02T10:00:00+08:00', shape: 2, standing: { year: 2026 } as never });
  return v5;
}

describe('schema version 6: record ids hashed over the one Traditional folding', () => {
  it('moves stored records to the ids the reader gives their rows now, so reading the pages again adds nothing', async () => {
    (await databaseAtVersion5('migration-v5')).close();
    const current = openDatabase('migration-v5');
    const idsNow = readNow(traditional).map((r) => r.id);
    expect(idsNow.slice(0, 2)).not.toEqual(traditionalIdsThen.slice(0, 2));
    // The last Traditional row and the Simplified one are one record now: the later read's copy, first seen at the first read.
    expect((await recordsOfShop(current, '小店')).map((r) => [r.id, r.status, r.firstSeenAt]).sort()).toEqual([
      ['31001', 'active', '2026-06-01T10:00:00+08:00'],
      [idsNow[0], 'active', '2026-06-01T10:00:00+08:00'],
      [idsNow[1], 'active', '2026-06-01T10:00:00+08:00'],
      [idsNow[2], 'active', '2026-06-01T10:00:00+08:00'],
      [idsNow[3], 'appealing', '2026-06-01T10:00:00+08:00'],
    ].sort());
    expect(idsNow[3]).toBe(readNow(simplified)[0]!.id);
    const reads = Object.fromEntries((await pageReadsOfShop(current, '小店')).map((read) => [read.page, read.recordIds]));
    expect(reads).toEqual({ tw: [...idsNow, '31001'], cn: [idsNow[3]] });
    expect(await current.standingCache.count()).toBe(0);
    expect(await saveRecordRead(current, { shop: '小店', page: 'tw', readAt: '2026-06-03T10:00:00+08:00', records: readNow(traditional), problems: [] })).toEqual({ added: 0, updated: 4 });
    current.close();
  });

  it('gives an export file from before version 6 the ids of now when it is imported: nothing is counted twice', async () => {
    const old = await databaseAtVersion5('migration-v5-export');
    const file = { ...(await exportAll(old, '2026-06-02T11:00:00+08:00')), schemaVersion: 5 };
    old.close();
    const db = openDatabase('migration-v6-import');
    await saveRecordRead(db, { shop: '小店', page: 'tw', readAt: '2026-06-03T10:00:00+08:00', records: readNow(traditional), problems: [] });
    expect(await importAll(db, JSON.stringify(file))).toMatchObject({ ok: true, added: { records: 1 } });
    const ids = (await recordsOfShop(db, '小店')).map((r) => r.id).sort();
    expect(ids).toEqual([...readNow(traditional).map((r) => r.id), '31001'].sort());
    db.close();
  });
});
