// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { readViolationRecords } from '@/lib/standing/extract';
import { recordIdNow } from './earlier-record-ids';

// A Traditional page without record numbers: two identical rows (-2) and one row
// whose text folds the same either way.
const page = `<table>
  <tr><th>違規類型</th><th>違規行為</th><th>扣分</th><th>違規時間</th><th>違規原因</th><th>處理結果</th></tr>
  <tr><td>嚴重違規</td><td>虛假交易</td><td>12</td><td>2026-03-03 08:15</td><td>帳號於答覆期間異常</td><td>生效</td></tr>
  <tr><td>嚴重違規</td><td>虛假交易</td><td>12</td><td>2026-03-03 08:15</td><td>帳號於答覆期間異常</td><td>生效</td></tr>
  <tr><td>一般違規</td><td>發布違禁信息</td><td>6</td><td>2026-04-01 10:00</td><td>发布了禁售商品</td><td>生效</td></tr>
</table>`;
// The ids the reader gave these rows before schema version 6 (read by that version's code).
const idsThen = ['h1ts55byyq7i', 'h1ts55byyq7i-2', 'h230valgyppa'];

const read = () => readViolationRecords(new DOMParser().parseFromString(page, 'text/html')).records;

test('a record stored before version 6 gets the id the reader gives the same row now: a new read finds it, not a second copy', () => {
  const now = read();
  const stored = now.map((record, i) => ({ ...record, id: idsThen[i]! }));
  expect(stored.map(recordIdNow)).toEqual(now.map((record) => record.id));
  expect(now[0]!.id).not.toBe(idsThen[0]);
  expect(now[1]!.id).toBe(`${now[0]!.id}-2`);
  expect(now[2]!.id).toBe(idsThen[2]);
});

test('a record number the page showed is no hash and stays as it is', () => {
  const [record] = read();
  expect(recordIdNow({ ...record!, id: '31001' })).toBeNull();
  expect(recordIdNow({ ...record!, id: 'habc123' })).toBeNull();
  expect(recordIdNow({ ...record!, id: `${idsThen[0]}x` })).toBeNull();
});
