import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageRead, StoredRecord, ViolationRecord } from '@/lib/shared/schema';
import { demoUrls, startSession, type Session } from './harness';

// Every reader fixture served at a real violation-records URL, read by the
// loaded extension, and compared with its hand-written expected JSON as the
// extension's own database holds it (read in the side panel's origin).
const folder = join(import.meta.dirname, '../fixtures/records');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length));
const UNKNOWN_SHOP = '未识别店铺';

interface Expected {
  records: ViolationRecord[];
  problems: PageRead['problems'];
  page?: { totals: PageRead['totals']; shop: string | null };
}

/** With no profile chosen the catalogue is the default (淘宝) profile's, not the fixture's own. */
function expectedFor(name: string): Expected {
  const underProfile = join(folder, `${name}.taobao-profile.expected.json`);
  const page = (JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8')) as Expected).page;
  const file = existsSync(underProfile) ? underProfile : join(folder, `${name}.expected.json`);
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
  return { ...expected, ...(page ? { page } : {}) };
}

/** The health-center pages live on their own host (health_home.htm draws its records in a hash route); the others are 千牛 pages. */
function urlFor(name: string): URL {
  if (name === 'legacy-punish-history') return new URL('https://healthcenter.taobao.com/home/punish_history.htm?pointRange=5');
  if (name === 'healthcenter-legacy') return new URL('https://healthcenter.taobao.com/home/health_home.htm#/violationList');
  return new URL(`https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/${name}?tab=all`);
}

interface Stored {
  records: StoredRecord[];
  pageReads: PageRead[];
}

/** Everything in the extension's database, read with plain IndexedDB in an extension page. */
async function stored(panel: Page): Promise<Stored> {
  return panel.evaluate(async () => {
    // Opening a database that does not exist yet would create an empty one, and a
    // connection left open would block the extension's own upgrade of it.
    if (!(await indexedDB.databases()).some((info) => info.name === 'seller-shield')) return { records: [], pageReads: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('seller-shield');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('records')) return { records: [], pageReads: [] };
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      return { records: await all<StoredRecord>('records'), pageReads: await all<PageRead>('pageReads') };
    } finally {
      db.close();
    }
  });
}

const asRead = ({ shop: _shop, pageUrl: _url, firstSeenAt: _first, lastSeenAt: _last, ...record }: StoredRecord): ViolationRecord => record;

/** The page's last read and its records, in the order the page showed them. */
function readOf(data: Stored, url: string) {
  const read = data.pageReads.find((entry) => entry.page === url);
  if (!read) return null;
  const records = read.recordIds.map((id) => data.records.find((record) => record.shop === read.shop && record.id === id));
  return { read, records: records.map((record) => (record ? asRead(record) : null)) };
}

const shopRecords = (data: Stored, shop: string) =>
  data.records.filter((record) => record.shop === shop).map(asRead).sort((a, b) => a.id.localeCompare(b.id));

let session: Session;
let panel: Page;
beforeAll(async () => {
  session = await startSession();
  for (const name of fixtures) {
    const url = urlFor(name);
    session.server.setPage(url.hostname, url.pathname, readFileSync(join(folder, `${name}.html`), 'utf8'));
  }
  panel = await session.openPanel();
});
afterAll(async () => {
  await session?.close();
});

describe('the extension reads every fixture page into its own database', () => {
  it.each(fixtures.filter((name) => name !== 'empty-page'))('%s', async (name) => {
    const expected = expectedFor(name);
    const url = urlFor(name).href;
    const page = await session.open(url);
    await expect.poll(async () => readOf(await stored(panel), url) !== null, { timeout: 10_000 }).toBe(true);
    const { read, records } = readOf(await stored(panel), url)!;
    const masked = records.map((record, index) => (record && expected.records[index]?.id === '#hash' ? { ...record, id: '#hash' } : record));
    expect({ records: masked, problems: read.problems }).toEqual({ records: expected.records, problems: expected.problems });
    expect(read.shop).toBe(expected.page?.shop ?? UNKNOWN_SHOP);
    const totals = expected.page?.totals ?? {};
    if (Object.keys(totals).length > 0) expect(read.totals).toEqual(totals);
    await page.close();
  });

  it('a page with no records table stores nothing for it', async () => {
    const url = urlFor('empty-page').href;
    const page = await session.open(url);
    await page.waitForLoadState('load');
    // Another page read after it: by then the empty page's script has run too.
    const other = await session.open(urlFor('plain-table').href);
    await expect.poll(async () => (await stored(panel)).pageReads.length).toBeGreaterThan(0);
    expect(readOf(await stored(panel), url)).toBeNull();
    await other.close();
    await page.close();
  });
});

describe('the 千牛 violation page in use', () => {
  const shop = '小木屋家居旗舰店';
  const ids = ['8810234501', '8810234502', '8810234503', '8810234504', '8810234505', '8810234506'];

  it('paging through 全部违规 builds the full list, with the page totals', async () => {
    const page = await session.open(demoUrls.violations);
    // 待处理 shows 5 records (one is revoked): read on load.
    await expect.poll(async () => shopRecords(await stored(panel), shop).length, { timeout: 10_000 }).toBe(5);
    await page.getByRole('tab', { name: /全部违规/ }).click();
    await page.getByText('第 1 / 2 页').waitFor();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 2 / 2 页').waitFor();
    await expect.poll(async () => shopRecords(await stored(panel), shop).map((record) => record.id), { timeout: 10_000 }).toEqual(ids);
    const records = shopRecords(await stored(panel), shop);
    expect(records.find((record) => record.id === '8810234504')).toMatchObject({ kind: '违背承诺', status: 'revoked', category: 'A', points: 4 });
    expect(records.find((record) => record.id === '8810234505')).toMatchObject({ status: 'appealing', category: 'B', points: 6 });
    const reads = (await stored(panel)).pageReads.filter((read) => read.shop === shop);
    expect(reads.map((read) => read.totals)).toContainEqual({ A: 10, B: 6, C: 0 });
    // Going back to page 1 keeps the record only page 2 shows.
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByText('第 1 / 2 页').waitFor();
    await page.getByRole('tab', { name: /已撤销/ }).click();
    await expect.poll(async () => (await stored(panel)).pageReads.some((read) => read.page.endsWith('?tab=undone'))).toBe(true);
    expect(shopRecords(await stored(panel), shop).map((record) => record.id)).toEqual(ids);
    await page.close();
  });

  it('a second shop’s page keeps its records apart, even under the same record numbers', async () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/pages/qn.taobao.com/violation.html'), 'utf8')
      .replace('小木屋家居旗舰店:运营01', '青禾茶叶店:客服03')
      .replace("punishAffect: '扣4分', punishPoint: '4.0', punishTime: '2026-06-11 11:11:11', hasAppeal: '是', status: '已撤销'", "punishAffect: '扣4分', punishPoint: '4.0', punishTime: '2026-06-11 11:11:11', hasAppeal: '否', status: '已生效'");
    expect(html).toContain('青禾茶叶店');
    const before = shopRecords(await stored(panel), shop);
    session.server.setPage('qn.taobao.com', '/home.htm/ysb-new-ksr-q/violation/OTHER-SHOP', html);
    const page = await session.open('https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/OTHER-SHOP?tab=all');
    await expect.poll(async () => shopRecords(await stored(panel), '青禾茶叶店').length, { timeout: 10_000 }).toBe(5);
    const data = await stored(panel);
    expect(shopRecords(data, '青禾茶叶店').find((record) => record.id === '8810234504')).toMatchObject({ status: 'active' });
    expect(shopRecords(data, shop)).toEqual(before);
    expect(data.records.some((record) => record.shop === UNKNOWN_SHOP && ids.includes(record.id))).toBe(false);
    await page.close();
  });

  it('the seller page’s origin holds no database of the extension', async () => {
    const page = await session.open(demoUrls.violations);
    await page.getByText('出售描述不符或品质存在问题的商品').first().waitFor();
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('seller-shield');
    await page.close();
  });

  it('no request left this machine', () => {
    expect(session.leaked()).toEqual([]);
  });
});
