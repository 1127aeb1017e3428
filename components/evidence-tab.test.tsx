// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createTestHost } from './test-host.fixture';
import { openDatabase, saveEvidence, trackReport, type SellerShieldDb } from '@/lib/store/db';
import type { EvidenceCapture } from '@/lib/shared/schema';
import { PanelDataContext, type PanelData } from './panel-data';

const told = vi.hoisted(() => [] as unknown[]);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (message: unknown) => {
        told.push(message);
        return { ok: true };
      },
    },
  },
}));
const { EvidenceTab } = await import('./evidence-tab');

let n = 0;
let db: SellerShieldDb;
const testHost = createTestHost();
let host: HTMLElement;

const capture = (messageText: string, buyerId = '维权小能手88'): EvidenceCapture => ({
  shop: '小木屋家居旗舰店',
  buyerId,
  pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/',
  messageText,
  capturedAt: '2026-11-20T10:30:00+08:00',
  assessment: { level: 'high', score: 0.9, signals: [], amounts: [], extortion: false },
  source: 'flagged',
});

beforeEach(() => {
  db = openDatabase(`evidence-tab-${++n}`);
  told.length = 0;
});
afterEach(testHost.unmount);

async function show(): Promise<void> {
  const data = { db, now: new Date('2026-11-24T12:00:00+08:00') } as PanelData;
  host = await testHost.mount(
    <PanelDataContext.Provider value={data}>
      <EvidenceTab />
    </PanelDataContext.Provider>,
  );
}

const all = (id: string) => [...host.querySelectorAll(`[data-testid=${id}]`)];

describe('举报与证据 tab', () => {
  it('lists each buyer\'s chain in order and verify names the first edited entry of the broken one', async () => {
    const first = await saveEvidence(db, capture('退一赔三'));
    await saveEvidence(db, capture('你看着办吧'));
    await saveEvidence(db, capture('三无产品', 'tb_other'));
    await db.evidence.put({ ...first, messageText: '没事了' });
    await show();
    await vi.waitFor(() => expect(all('evidence-entry')).toHaveLength(3));
    expect(all('evidence-chain').map((c) => c.getAttribute('data-buyer'))).toEqual(['tb_other', '维权小能手88']);
    await act(async () => (host.querySelector('[data-testid=verify-evidence]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(all('verify-result')).toHaveLength(2));
    const verdicts = Object.fromEntries(all('verify-result').map((r) => [r.textContent!.split('：')[0], r.getAttribute('data-ok')]));
    expect(verdicts).toEqual({ tb_other: 'true', 维权小能手88: 'false' });
    expect(all('verify-result').find((r) => r.getAttribute('data-ok') === 'false')?.textContent).toContain('第 1 条证据');
    await vi.waitFor(() => expect(host.querySelectorAll('li.broken')).toHaveLength(1));
    expect(host.querySelector('[data-buyer="维权小能手88"] li.broken')?.getAttribute('data-seq')).toBe('1');
  });

  it('a due date in a year the holiday calendar lacks carries the estimate note beside it; a covered one does not', async () => {
    await trackReport(db, { shop: '小木屋家居旗舰店', buyerId: 'late', orderIds: [], evidenceHashes: [], filedAt: '2026-12-31T15:00:00+08:00' });
    await trackReport(db, { shop: '小木屋家居旗舰店', buyerId: 'early', orderIds: [], evidenceHashes: [], filedAt: '2026-11-20T15:00:00+08:00' });
    await show();
    await vi.waitFor(() => expect(all('report-due')).toHaveLength(2));
    const [late, early] = all('report-due').map((d) => d.textContent);
    expect(late).toContain('2027-01-05 15:00（2027 年节假日安排未收录，按工作日估算）');
    expect(early).toContain('2026-11-24 15:00');
    expect(early).not.toContain('估算');
  });

  it('a pending report whose follow-up time has passed says so; one still ahead does not', async () => {
    await trackReport(db, { shop: '小木屋家居旗舰店', buyerId: 'ahead', orderIds: [], evidenceHashes: [], filedAt: '2026-11-20T15:00:00+08:00' });
    await trackReport(db, { shop: '小木屋家居旗舰店', buyerId: 'due', orderIds: [], evidenceHashes: [], filedAt: '2026-11-19T09:00:00+08:00' });
    await show();
    await vi.waitFor(() => expect(all('report-due')).toHaveLength(2));
    const overdue = Object.fromEntries(all('tracked-report').map((r) => [r.querySelector('strong')!.textContent, r.querySelector('[data-testid=report-due]')!.textContent]));
    expect(overdue.due).toContain('已到查看时间');
    expect(overdue.ahead).toContain('2026-11-24 15:00');
    expect(overdue.ahead).not.toContain('已到查看时间');
  });

  it('the seller sets the platform\'s answer; the background is told (it re-arms the reminder)', async () => {
    const report = await trackReport(db, { shop: '小木屋家居旗舰店', buyerId: 'b', orderIds: [], evidenceHashes: [], filedAt: '2026-11-20T15:00:00+08:00' });
    await show();
    await vi.waitFor(() => expect(all('report-status')).toHaveLength(1));
    const select = all('report-status')[0] as HTMLSelectElement;
    await act(async () => {
      select.value = 'rejected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(told).toEqual([{ type: 'report/status', id: report.id, status: 'rejected' }]);
  });
});
