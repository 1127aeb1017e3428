import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_FULL_MESSAGE, evidenceOfBuyer } from '@/lib/store/db';
import type { MessageOf } from '@/lib/protocol/messages';

// The parts of the extension API the evidence and follow-up pieces call, recorded.
const calls = vi.hoisted(() => ({
  tabs: [] as string[],
  told: [] as unknown[],
  alarms: new Map<string, number>(),
  notifications: [] as Array<{ id: string; title: string; message: string }>,
  listeners: {} as Record<string, (...args: never[]) => unknown>,
}));
const listen = (name: string) => ({ addListener: (f: (...args: never[]) => unknown) => void (calls.listeners[name] = f) });
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://test${path}`, onStartup: listen('startup'), onInstalled: listen('installed') },
    tabs: {
      create: async ({ url }: { url: string }) => void calls.tabs.push(url),
      query: async () => [{ id: 7 }],
      sendMessage: async (_id: number, message: unknown) => void calls.told.push(message),
    },
    alarms: {
      clear: async (name: string) => calls.alarms.delete(name),
      create: async (name: string, { when }: { when: number }) => void calls.alarms.set(name, when),
      onAlarm: listen('alarm'),
    },
    notifications: {
      create: async (id: string, options: { title: string; message: string }) =>
        void calls.notifications.push({ id, title: options.title, message: options.message }),
      clear: async () => true,
      onClicked: listen('notificationClicked'),
    },
  },
}));

// A service worker has navigator.language; Node 20 has no navigator.
vi.stubGlobal('navigator', { language: 'zh-CN' });

const { database } = await import('./database');
const { reportFlaggedMessage, saveFlaggedEvidence, evidenceHandlers, MANUAL_SOURCE } = await import('./evidence');
const { remindDueReports, scheduleFollowUp, setUpFollowUps, FOLLOW_UP_ALARM } = await import('./follow-up');
// Handlers take their clock: the suite runs the same on any date.
const clock = () => Date.parse('2026-11-23T12:00:00+08:00');
setUpFollowUps();

type EvidenceType = keyof typeof evidenceHandlers;
/** A message to the evidence handlers as the background passes it on, its type named once. */
const handle = <T extends EvidenceType>(type: T, fields: Omit<MessageOf<T>, 'type'>) =>
  evidenceHandlers[type]({ type, ...fields } as MessageOf<T>, {}, clock);

const flagged = (messageText: string, extra: Partial<MessageOf<'claim/save-evidence'>> = {}): MessageOf<'claim/save-evidence'> => ({
  type: 'claim/save-evidence',
  buyerId: '维权小能手88',
  messageKey: `key:${messageText}`,
  pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/',
  messageText,
  messageAt: '2026-11-20T10:05:47+08:00',
  assessment: { level: 'high', score: 0.9, signals: [], amounts: [2000], extortion: true },
  ...extra,
});

beforeEach(async () => {
  const db = database();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  calls.tabs.length = 0;
  calls.told.length = 0;
  calls.alarms.clear();
  calls.notifications.length = 0;
});

describe('保存证据 from a badge', () => {
  it('keeps the message once in its buyer\'s chain, under the shop read last, and puts the buyer on the watchlist', async () => {
    await database().pageReads.put({ shop: '小木屋家居旗舰店', page: 'https://qn.taobao.com/x', readAt: '2026-11-20T09:00:00+08:00', recordIds: [], problems: [] } as never);
    const first = await saveFlaggedEvidence(flagged('给你们2000块私了'), clock);
    const again = await saveFlaggedEvidence(flagged('给你们2000块私了'), clock);
    await saveFlaggedEvidence(flagged('你看着办吧', { messageAt: '2026-11-20T10:08:40+08:00' }), clock);
    const stored = await database().evidence.toArray();
    expect(stored.map((e) => [e.shop, e.seq, e.messageText])).toEqual([
      ['小木屋家居旗舰店', 1, '给你们2000块私了'],
      ['小木屋家居旗舰店', 2, '你看着办吧'],
    ]);
    expect(first.ok && again.ok && (again.data as { saved: boolean }).saved).toBe(false);
    expect((await database().buyers.get('维权小能手88'))?.flagged).toBe(true);
    await vi.waitFor(() => expect(calls.told).toContainEqual({ type: 'claim/marks-changed', buyer: { buyerId: '维权小能手88', trusted: false, flagged: true } }));
  });

  it('without any shop read yet the evidence is kept under 未识别店铺 rather than lost', async () => {
    await saveFlaggedEvidence(flagged('退一赔三'), clock);
    expect((await database().evidence.toArray()).map((e) => e.shop)).toEqual(['未识别店铺']);
  });

  it('a full disk saves nothing and tells the seller why in a notification', async () => {
    const db = database();
    const add = vi.spyOn(db.evidence, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(saveFlaggedEvidence(flagged('退一赔三'), clock)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    add.mockRestore();
    expect(await db.evidence.count()).toBe(0);
    expect(calls.notifications.map((n) => n.message)).toEqual([STORAGE_FULL_MESSAGE]);
  });
});

describe('手动保存 from the panel', () => {
  it('any message goes into the buyer\'s chain marked as saved by hand, with the order date for the 6-month check', async () => {
    const reply = await handle('evidence/save', {
      shop: '小木屋家居旗舰店',
      buyerId: 'tb_desktop_01',
      orderId: '3021999000333',
      orderAt: '2026-03-02',
      messageText: '不赔三倍我就去12315投诉你们',
      assessment: { level: 'medium', score: 0.5, signals: [], amounts: [], extortion: false },
    });
    expect(reply).toMatchObject({ ok: true, data: { saved: true, seq: 1 } });
    const [entry] = await database().evidence.toArray();
    expect(entry).toMatchObject({ source: 'manual', pageUrl: MANUAL_SOURCE, orderAt: '2026-03-02', buyerId: 'tb_desktop_01' });
    expect((await database().buyers.get('tb_desktop_01'))?.flagged).toBe(true);
  });
});

describe('举报 from a badge', () => {
  it('keeps the message, then opens the report page for that buyer and order (not the platform yet)', async () => {
    const reply = await reportFlaggedMessage({ ...flagged('退一赔三', { orderId: '3021999000222', shop: '小木屋家居旗舰店' }), type: 'claim/report' }, clock);
    expect(reply.ok).toBe(true);
    expect(await database().evidence.count()).toBe(1);
    expect(calls.tabs).toHaveLength(1);
    const opened = new URL(calls.tabs[0]!);
    expect(opened.pathname).toBe('/report.html');
    expect(Object.fromEntries(opened.searchParams)).toEqual({ shop: '小木屋家居旗舰店', buyer: '维权小能手88', order: '3021999000222' });
  });

  it('举报 keeps every flagged message of the buyer the page showed, in conversation order, and opens one report page', async () => {
    const shop = { shop: '小木屋家居旗舰店' };
    const first = flagged('第五十五条，退一赔三', { ...shop, messageAt: '2026-11-20T10:05:47+08:00' });
    const later = flagged('你看着办吧', { ...shop, messageAt: '2026-11-20T10:08:40+08:00' });
    const otherBuyer = flagged('给我 2000', { ...shop, buyerId: '路人甲' });
    await saveFlaggedEvidence(first, clock);
    const { type: _type, ...firstFields } = first;
    const { type: _t2, ...laterFields } = later;
    const { type: _t3, ...otherFields } = otherBuyer;
    const reply = await reportFlaggedMessage({ ...later, type: 'claim/report', buyerFlagged: [firstFields, laterFields, otherFields] }, clock);
    expect(reply.ok).toBe(true);
    const kept = await evidenceOfBuyer(database(), '小木屋家居旗舰店', '维权小能手88');
    expect(kept.map((e) => e.messageText)).toEqual(['第五十五条，退一赔三', '你看着办吧']);
    // Another buyer's message slipped into the list is not this buyer's evidence.
    expect(await database().evidence.count()).toBe(2);
    expect(calls.tabs).toHaveLength(1);
    expect(new URL(calls.tabs[0]!).searchParams.get('buyer')).toBe('维权小能手88');
  });
});

const report = (id: string, followUpAt: string, status: 'pending' | 'upheld' | 'rejected' = 'pending') => ({
  id,
  shop: '小木屋家居旗舰店',
  buyerId: `buyer-${id}`,
  orderIds: [],
  evidenceHashes: [],
  filedAt: '2026-11-16T09:00:00+08:00',
  status,
  statusAt: '2026-11-16T09:00:00+08:00',
  followUpAt,
  followUpEstimated: false,
});

describe('follow-up reminders (alarms, not timers: the worker sleeps)', () => {
  it('a filed report is tracked and the alarm is set to its follow-up time', async () => {
    const reply = await handle('report/filed', {
      shop: '小木屋家居旗舰店',
      buyerId: '维权小能手88',
      orderIds: ['3021999000222'],
      evidenceHashes: ['a'.repeat(64)],
    });
    const tracked = reply.ok ? (reply.data as { filedAt: string; followUpAt: string; status: string }) : null;
    expect(tracked?.status).toBe('pending');
    expect(tracked?.filedAt).toBe('2026-11-23T12:00:00+08:00');
    expect(calls.alarms.get(FOLLOW_UP_ALARM)).toBe(Date.parse(tracked!.followUpAt));
  });

  it('the alarm goes to the earliest pending follow-up still ahead; answered and overdue reports do not hold it', async () => {
    const now = Date.parse('2026-11-23T12:00:00+08:00');
    await database().reports.bulkPut([
      report('overdue', '2026-11-20T09:00:00+08:00'),
      report('later', '2026-11-27T09:00:00+08:00'),
      report('sooner', '2026-11-25T09:00:00+08:00'),
      report('answered', '2026-11-24T09:00:00+08:00', 'upheld'),
    ]);
    await scheduleFollowUp(now);
    expect(calls.alarms.get(FOLLOW_UP_ALARM)).toBe(Date.parse('2026-11-25T09:00:00+08:00'));
    await handle('report/status', { id: 'sooner', status: 'rejected' });
    expect(calls.alarms.get(FOLLOW_UP_ALARM)).toBe(Date.parse('2026-11-27T09:00:00+08:00'));
  });

  it('no pending follow-up ahead: no alarm is left behind', async () => {
    calls.alarms.set(FOLLOW_UP_ALARM, 1);
    await database().reports.put(report('answered', '2099-01-05T09:00:00+08:00', 'rejected'));
    await scheduleFollowUp(Date.parse('2026-11-23T12:00:00+08:00'));
    expect(calls.alarms.has(FOLLOW_UP_ALARM)).toBe(false);
  });

  it('one notification names the buyers of the pending reports that are due, none when nothing is due', async () => {
    await database().reports.bulkPut([
      report('due', '2026-11-20T09:00:00+08:00'),
      report('ahead', '2026-11-27T09:00:00+08:00'),
      report('answered', '2026-11-19T09:00:00+08:00', 'upheld'),
    ]);
    await remindDueReports(new Date('2026-11-19T12:00:00+08:00'));
    expect(calls.notifications).toEqual([]);
    const due = await remindDueReports(new Date('2026-11-23T12:00:00+08:00'));
    expect(due.map((r) => r.id)).toEqual(['due']);
    expect(calls.notifications).toHaveLength(1);
    expect(calls.notifications[0]!.message).toContain('buyer-due');
    expect(calls.notifications[0]!.message).not.toContain('buyer-ahead');
  });
});

describe('the reminder notification', () => {
  it('a click opens the panel; where no side panel can open, the panel page on its 举报与证据 tab', async () => {
    calls.listeners.notificationClicked!('standing:other' as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.tabs).toEqual([]);
    calls.listeners.notificationClicked!(FOLLOW_UP_ALARM as never);
    await vi.waitFor(() => expect(calls.tabs).toEqual(['chrome-extension://test/sidepanel.html#evidence']));
  });

  it('another extension alarm does not notify; the follow-up alarm does', async () => {
    await database().reports.put(report('due', '2026-11-20T09:00:00+08:00'));
    calls.listeners.alarm!({ name: 'something-else' } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.notifications).toEqual([]);
    calls.listeners.alarm!({ name: FOLLOW_UP_ALARM } as never);
    await vi.waitFor(() => expect(calls.notifications.map((n) => n.id)).toEqual([FOLLOW_UP_ALARM]));
  });
});

describe('the watchlist by hand', () => {
  it('adds and removes a buyer and tells the open pages', async () => {
    await handle('buyer/watch', { buyerId: 'tb_lin2019' });
    expect((await database().buyers.get('tb_lin2019'))?.flagged).toBe(true);
    await handle('buyer/watch', { buyerId: 'tb_lin2019', undo: true });
    // Off the watchlist; the dated row keeps an older import from putting the buyer back.
    expect(await database().buyers.get('tb_lin2019')).toMatchObject({ flagged: false, trusted: false });
    expect(calls.told).toHaveLength(2);
  });
});
