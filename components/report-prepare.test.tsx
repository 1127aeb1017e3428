// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createTestHost } from './test-host.fixture';
import { openDatabase, saveEvidence, type SellerShieldDb } from '@/lib/store/db';
import { translator } from '@/lib/shared/i18n';
import type { EvidenceCapture } from '@/lib/shared/schema';

// What the button does, in order: clipboard, new tab, message to the background.
const steps = vi.hoisted(() => [] as Array<[string, unknown]>);
const reply = vi.hoisted(() => ({ current: { ok: true, data: {} } as unknown }));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { create: async ({ url }: { url: string }) => void steps.push(['open', url]) },
    runtime: {
      sendMessage: async (message: unknown) => {
        steps.push(['tell', message]);
        return reply.current;
      },
    },
  },
}));
const { ReportPrepare } = await import('./report-prepare');

const t = translator('zh_CN');
let n = 0;
let db: SellerShieldDb;
const testHost = createTestHost();
let host: HTMLElement;

const capture = (over: Partial<EvidenceCapture>): EvidenceCapture => ({
  shop: '小木屋家居旗舰店',
  buyerId: '维权小能手88',
  pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/',
  messageText: '根据消费者权益保护法第五十五条，你们要退一赔三',
  messageAt: '2026-11-20T10:05:47+08:00',
  capturedAt: '2026-11-20T10:30:00+08:00',
  assessment: { level: 'high', score: 0.9, signals: [], amounts: [], extortion: false },
  source: 'flagged',
  ...over,
});

beforeEach(() => {
  db = openDatabase(`report-prepare-${++n}`);
  steps.length = 0;
  reply.current = { ok: true, data: { followUpAt: '2026-11-25T10:40:00+08:00', followUpEstimated: false } };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void steps.push(['copy', text]) },
  });
});
afterEach(testHost.unmount);

/** Renders the report preparation and waits until the saved evidence has been read. */
async function show(): Promise<HTMLElement> {
  host = await testHost.mount(<ReportPrepare db={db} t={t} shop="小木屋家居旗舰店" buyerId="维权小能手88" />);
  await vi.waitFor(() => expect(host.querySelector('[data-testid=report-prepare], .empty')).not.toBeNull());
  return host;
}

const testId = (id: string) => host.querySelector(`[data-testid=${id}]`);

describe('举报 preparation', () => {
  it('an order older than 6 months and an extortion message: both warnings are shown before anything is opened', async () => {
    await saveEvidence(db, capture({ orderId: '3021999000111', orderAt: '2026-03-02' }));
    await saveEvidence(db, capture({ messageText: '不给2000块就去市场监管局举报你', assessment: { level: 'high', score: 0.95, signals: [], amounts: [2000], extortion: true } }));
    await show();
    expect(testId('report-warnings')?.textContent).toContain('已于 2026-09-02 满 6 个月');
    expect(testId('report-guidance')?.textContent).toContain('110');
    expect(steps).toEqual([]);
  });

  it('a recent order and no extortion: no warning block stands in the way', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await saveEvidence(db, capture({ orderId: '3021999000222', orderAt: today }));
    await show();
    expect(testId('report-warnings')).toBeNull();
    expect(testId('report-guidance')).toBeNull();
  });

  it('the button copies the summary and opens the bare seller110 entry; the report is tracked with its orders and hashes only once the seller says it was submitted', async () => {
    const entry = await saveEvidence(db, capture({ orderId: '3021999000222' }));
    await show();
    const summary = (testId('report-summary') as HTMLTextAreaElement).value;
    expect(summary).toContain(entry.hash);
    await act(async () => (testId('report-open') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(steps).toHaveLength(2));
    await vi.waitFor(() => expect(testId('report-status-line')?.getAttribute('data-outcome')).toBe('opened'));
    await act(async () => (testId('report-confirm') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(steps).toHaveLength(3));
    expect(steps[0]).toEqual(['copy', summary]);
    expect(steps[1]).toEqual(['open', 'https://seller110.taobao.com/']);
    expect(steps[2]![1]).toMatchObject({ type: 'report/filed', buyerId: '维权小能手88', orderIds: ['3021999000222'], evidenceHashes: [entry.hash] });
    await vi.waitFor(() => expect(testId('report-status-line')?.textContent).toContain('2026-11-25 10:40'));
  });

  it('all the buyer\'s saved messages are in one summary; one left out drops from it and from the tracked hashes; none left, no report', async () => {
    const citation = await saveEvidence(db, capture({}));
    const vague = await saveEvidence(db, capture({ messageText: '你看着办吧', messageAt: '2026-11-20T10:08:40+08:00' }));
    await show();
    const summary = () => (testId('report-summary') as HTMLTextAreaElement | null)?.value ?? '';
    expect(summary()).toContain('证据（共 2 条');
    expect(summary()).toContain('沟通时间：2026-11-20 10:05 至 2026-11-20 10:08');
    const boxes = () => [...host.querySelectorAll<HTMLInputElement>('[data-testid=report-message] input')];
    expect(boxes().map((box) => box.checked)).toEqual([true, true]);
    await act(async () => boxes()[0]!.click());
    expect(summary()).toContain('证据（共 1 条');
    expect(summary()).not.toContain(citation.hash);
    await act(async () => (testId('report-open') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(testId('report-confirm')).not.toBeNull());
    await act(async () => (testId('report-confirm') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(steps).toHaveLength(3));
    expect(steps[2]![1]).toMatchObject({ type: 'report/filed', evidenceHashes: [vague.hash] });
    await act(async () => boxes()[1]!.click());
    expect(testId('report-summary')).toBeNull();
    expect(testId('report-open')).toBeNull();
  });

  it('opened but not submitted: nothing is tracked and no reminder is set', async () => {
    await saveEvidence(db, capture({}));
    await show();
    await act(async () => (testId('report-open') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(testId('report-cancel')).not.toBeNull());
    await act(async () => (testId('report-cancel') as HTMLButtonElement).click());
    expect(steps.map(([step]) => step)).toEqual(['copy', 'open']);
    expect(testId('report-status-line')?.textContent).toContain('没有记录举报');
  });

  it('when the background could not store the report, the seller reads why', async () => {
    await saveEvidence(db, capture({}));
    reply.current = { ok: false, error: '浏览器存储空间不足，本次保存没有写入任何内容。' };
    await show();
    await act(async () => (testId('report-open') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(testId('report-confirm')).not.toBeNull());
    await act(async () => (testId('report-confirm') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(testId('report-status-line')?.textContent).toContain('浏览器存储空间不足'));
  });

  it('a chain edited after saving is named before the seller reports with it', async () => {
    const first = await saveEvidence(db, capture({}));
    await saveEvidence(db, capture({ messageText: '你看着办吧' }));
    await db.evidence.put({ ...first, messageText: '亲，没事了' });
    await show();
    await vi.waitFor(() => expect(host.querySelector('[role=alert]')?.textContent).toContain('第 1 条证据'));
  });
});
