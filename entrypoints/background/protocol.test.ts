import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Broadcast, broadcastDefinitions, createMessageHandler, messageDefinitions, type MessageOrigin } from '@/lib/protocol/schemas';
import { WHOLE_READ_NEEDED, type ExtensionMessage } from '@/lib/protocol/messages';

// Every part of the extension API a handler reaches, recorded: what the background told others is checked too.
const told = vi.hoisted(() => [] as unknown[]);
const listen = () => ({ addListener: () => undefined });
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'test', getURL: (path: string) => `chrome-extension://test${path}`, sendMessage: async (m: unknown) => void told.push(m), onInstalled: listen(), onStartup: listen() },
    tabs: { query: async () => [{ id: 7 }], sendMessage: async (_id: number, m: unknown) => void told.push(m), create: async () => undefined },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    alarms: { clear: async () => true, create: async () => undefined, onAlarm: listen() },
    notifications: { create: async () => '', clear: async () => true, onClicked: listen() },
    sidePanel: { open: async () => undefined, setPanelBehavior: async () => undefined },
  },
}));
vi.stubGlobal('navigator', { language: 'zh-CN' });

const { handlers } = await import('./handlers');
type Sender = import('./handlers').Sender;
const clock = () => Date.parse('2026-11-20T12:00:00+08:00');
type TestSender = Sender & { origin: MessageOrigin };
const handler = createMessageHandler<TestSender, typeof clock>(handlers, { originOf: (sender: TestSender) => sender.origin, clock, checkReplies: true });
const handle = (message: unknown, origin: MessageOrigin) => handler(message, { origin, tab: { id: 7 } });

const assessment = { level: 'high' as const, score: 0.9, signals: [], amounts: [2000], extortion: true };
const flagged = { buyerId: '维权小能手88', messageKey: 'k1', pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html', messageText: '给我2000私了，不然12315', assessment };

describe('the protocol, both ways', () => {
  it('each definition is filed under its own type', () => {
    for (const [type, definition] of Object.entries(messageDefinitions)) expect(definition.request.shape.type.value).toBe(type);
    for (const [type, definition] of Object.entries(broadcastDefinitions)) expect(definition.message.shape.type.value).toBe(type);
  });

  it('every message type gets a reply its definition accepts, and every broadcast is one the receivers know', async () => {
    const asked = new Set<string>();
    const ask = async (message: ExtensionMessage, origin: MessageOrigin) => {
      asked.add(message.type);
      const reply = await handle(message, origin);
      expect(reply, message.type).toMatchObject({ ok: true });
      return reply.ok ? reply.data : undefined;
    };
    const record = { id: 'r1', category: 'B' as const, kind: '虚假交易', points: 22, occurredAt: '2026-11-01T10:00:00+08:00', status: 'active' as const };
    await ask({ type: 'records/read', shop: '小店', page: 'https://qn.taobao.com/x', records: [record], problems: [] }, 'seller-page');
    await ask({ type: 'records/catalogue' }, 'seller-page');
    const warning = (await ask({ type: 'warning/get' }, 'seller-page')) as { signature: string } | null;
    await ask({ type: 'warning/dismiss', signature: warning?.signature ?? 'none' }, 'seller-page');
    await ask({ type: 'panel/open' }, 'seller-page');
    await ask({ type: 'claim/marks', buyerIds: ['维权小能手88'], messageKeys: ['k1'] }, 'seller-page');
    await ask({ type: 'claim/dismiss', messageKey: 'k1' }, 'seller-page');
    await ask({ type: 'claim/trust', buyerId: '维权小能手88' }, 'seller-page');
    await ask({ type: 'claim/trust', buyerId: '维权小能手88', undo: true }, 'seller-page');
    await ask({ type: 'claim/save-evidence', ...flagged }, 'seller-page');
    await ask({ type: 'claim/report', ...flagged }, 'seller-page');
    await ask({ type: 'panel/first' }, 'extension-page');
    await ask({ type: 'standing/refresh' }, 'extension-page');
    await ask({ type: 'claim/take-selection' }, 'extension-page');
    const saved = (await ask({ type: 'evidence/save', buyerId: 'tb_lin2019', messageText: '你们看着办', assessment }, 'extension-page')) as { hash: string };
    const report = (await ask({ type: 'report/filed', shop: '小店', buyerId: 'tb_lin2019', orderIds: [], evidenceHashes: [saved.hash] }, 'extension-page')) as { id: string };
    await ask({ type: 'report/status', id: report.id, status: 'upheld' }, 'extension-page');
    await ask({ type: 'buyer/watch', buyerId: 'tb_lin2019' }, 'extension-page');
    expect(await ask({ type: 'settings/save', change: { warningMargin: 5 } }, 'extension-page')).toMatchObject({ warningMargin: 5, profileId: 'taobao' });
    expect(await ask({ type: 'data/import', text: '{"format":"something-else"}' }, 'extension-page')).toMatchObject({ ok: false, reason: expect.stringContaining('不是卖家盾导出的数据文件') });
    await ask({ type: 'data/erase' }, 'extension-page');
    const checked = (await ask({ type: 'listing/checked', itemKey: 'item:1', page: 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=1', source: 'taobao-form', title: '全网最好 苦荞茶', category: 'food', categoryPath: '茶', checked: [{ field: 'title', label: '宝贝标题', chars: 8 }], findings: [], checklist: [], unread: [] }, 'seller-page')) as { dismissed: string[] };
    expect(checked.dismissed).toEqual([]);
    await ask({ type: 'listing/dismiss', itemKey: 'item:1', findingKey: 'absolute-core|宝贝标题|最好' }, 'extension-page');
    expect([...asked].sort()).toEqual(Object.keys(messageDefinitions).sort());
    await vi.waitFor(() => expect(told).toContainEqual({ type: 'claim/marks-changed', buyer: { buyerId: 'tb_lin2019', trusted: false, flagged: true } }));
    // The standing is pushed with the banner's words (22 points of B: 2 from the 24-point node), computed once per change.
    expect(told).toContainEqual({ type: 'standing/changed', warning: expect.objectContaining({ signature: expect.any(String), headline: expect.any(String) }) });
    await vi.waitFor(() => expect(told).toContainEqual({ type: 'listing/dismissals-changed' }));
    for (const message of told) expect(Broadcast.safeParse(message).success, JSON.stringify(message)).toBe(true);
  });

  it('records a page gained since its last read are stored and added to that read, the rest of the read kept', async () => {
    const record = (id: string) => ({ id, category: 'A' as const, kind: '虚假交易', points: 1, occurredAt: '2026-11-01T10:00:00+08:00', status: 'active' as const });
    const read = { type: 'records/read' as const, shop: '加购小店', page: 'https://qn.taobao.com/adds', records: [record('a1'), record('a2')], problems: [{ row: 3, text: '?', reason: '没有扣分' }] };
    expect(await handle(read, 'seller-page')).toMatchObject({ ok: true, data: { added: 2 } });
    expect(await handle({ ...read, records: [record('a3')], problems: [], adds: true }, 'seller-page')).toMatchObject({ ok: true, data: { added: 1, standing: 'updated' } });
    const { database } = await import('./database');
    const { pageReadsOfShop, recordsOfShop } = await import('@/lib/store/db');
    const [pageRead] = await pageReadsOfShop(database(), '加购小店');
    expect(pageRead?.recordIds).toEqual(['a1', 'a2', 'a3']);
    expect(pageRead?.problems).toHaveLength(1);
    expect(await recordsOfShop(database(), '加购小店')).toHaveLength(3);
  });

  it('after the seller erased the data, a tab\'s additions are refused and nothing stands for the page until it is sent whole', async () => {
    const record = (id: string) => ({ id, category: 'B' as const, kind: '出售假冒商品', points: 12, occurredAt: '2026-11-01T10:00:00+08:00', status: 'active' as const });
    const read = { type: 'records/read' as const, shop: '清空小店', page: 'https://qn.taobao.com/erased', records: [record('e1'), record('e2')], problems: [] };
    expect(await handle(read, 'seller-page')).toMatchObject({ ok: true });
    expect(await handle({ type: 'data/erase' }, 'extension-page')).toMatchObject({ ok: true });
    expect(await handle({ ...read, records: [record('e3')], adds: true }, 'seller-page')).toEqual({ ok: false, error: WHOLE_READ_NEEDED });
    const { database } = await import('./database');
    const { recordsOfShop } = await import('@/lib/store/db');
    expect(await recordsOfShop(database(), '清空小店')).toEqual([]);
    expect(await handle({ ...read, records: [record('e1'), record('e2'), record('e3')] }, 'seller-page')).toMatchObject({ ok: true, data: { added: 3 } });
  });

  it('a reply that drifts from its definition is caught', async () => {
    const drifting = createMessageHandler<TestSender, typeof clock>({ ...handlers, 'claim/take-selection': async () => ({ ok: true, data: 42 as unknown as string }) }, { originOf: (sender: TestSender) => sender.origin, clock, checkReplies: true });
    expect(await drifting({ type: 'claim/take-selection' }, { origin: 'extension-page' })).toEqual({ ok: false, error: expect.stringContaining('reply to claim/take-selection') });
  });

  it('a request from the wrong sender or of the wrong shape is refused before any handler runs', async () => {
    expect(await handle({ type: 'evidence/save', buyerId: 'b', messageText: 't', assessment }, 'seller-page')).toEqual({ ok: false, error: expect.stringMatching(/extension page/) });
    expect(await handle({ type: 'page/seen', page: 'https://qn.taobao.com/' }, 'seller-page')).toMatchObject({ ok: false });
  });
});
