import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ExtensionMessage } from '@/lib/protocol/schemas';
import { sellerHostPatterns } from '@/lib/shared/sites';

const tabMessages: unknown[] = [];
const panelMessages: unknown[] = [];
const menus: Array<Record<string, unknown>> = [];
const listeners: { installed?: () => void; clicked?: (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number }) => void } = {};
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { query: async () => [{ id: 7 }], sendMessage: async (_id: number, m: unknown) => void tabMessages.push(m) },
    runtime: { onInstalled: { addListener: (f: () => void) => (listeners.installed = f) }, sendMessage: async (m: unknown) => void panelMessages.push(m) },
    contextMenus: {
      removeAll: async () => undefined,
      create: (menu: Record<string, unknown>) => void menus.push(menu),
      onClicked: { addListener: (f: typeof listeners.clicked) => (listeners.clicked = f) },
    },
    sidePanel: { open: async () => undefined },
  },
}));
vi.stubGlobal('navigator', { language: 'zh-CN' });
const { claimHandlers, setUpCheckSelectionMenu } = await import('./claims');
// Handlers take their clock: the suite runs the same on any date.
const clock = () => Date.parse('2026-11-23T12:00:00+08:00');

const marks = async (buyerIds: string[], messageKeys: string[]) => {
  const reply = await claimHandlers['claim/marks']({ type: 'claim/marks', buyerIds, messageKeys }, {}, clock);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as { trusted: string[]; dismissed: string[]; text: Record<string, string> };
};

describe('background claim handlers', () => {
  it('"不是索赔" is remembered per message until undone, and open seller tabs are told', async () => {
    await claimHandlers['claim/dismiss']({ type: 'claim/dismiss', messageKey: 'b@2026-11-20T10:08:40+08:00#x' }, {}, clock);
    expect((await marks(['b'], ['b@2026-11-20T10:08:40+08:00#x', 'b@other'])).dismissed).toEqual(['b@2026-11-20T10:08:40+08:00#x']);
    await vi.waitFor(() => expect(tabMessages).toContainEqual({ type: 'claim/marks-changed', dismissal: { messageKey: 'b@2026-11-20T10:08:40+08:00#x', dismissed: true } }));
    await claimHandlers['claim/dismiss']({ type: 'claim/dismiss', messageKey: 'b@2026-11-20T10:08:40+08:00#x', undo: true }, {}, clock);
    expect((await marks(['b'], ['b@2026-11-20T10:08:40+08:00#x'])).dismissed).toEqual([]);
  });

  it('"信任此买家" marks only that buyer, and undo removes it', async () => {
    await claimHandlers['claim/trust']({ type: 'claim/trust', buyerId: '维权小能手88' }, {}, clock);
    expect((await marks(['维权小能手88', 'tb_lin2019'], [])).trusted).toEqual(['维权小能手88']);
    await claimHandlers['claim/trust']({ type: 'claim/trust', buyerId: '维权小能手88', undo: true }, {}, clock);
    expect((await marks(['维权小能手88'], [])).trusted).toEqual([]);
  });

  it('answers with the badge words in the seller\'s language (Chinese by default)', async () => {
    expect((await marks([], [])).text.dismiss).toBe('不是索赔');
  });

  it('refuses a save-evidence request whose assessment is not an assessment', () => {
    const parsed = ExtensionMessage.safeParse({
      type: 'claim/save-evidence', buyerId: 'b', messageKey: 'k', pageUrl: 'https://refund2.taobao.com/x', messageText: 't', assessment: { level: 'extreme' },
    });
    expect(parsed.success).toBe(false);
  });

  it('"检查所选文字" appears for selections on seller pages and hands the text to the panel once', async () => {
    setUpCheckSelectionMenu();
    listeners.installed!();
    await vi.waitFor(() => expect(menus).toHaveLength(1));
    expect(menus[0]).toMatchObject({ title: expect.stringContaining('检查所选文字'), contexts: ['selection'], documentUrlPatterns: [...sellerHostPatterns] });
    listeners.clicked!({ menuItemId: menus[0]!.id as string, selectionText: '给我2000私了，不然12315' }, { id: 7 });
    await vi.waitFor(() => expect(panelMessages).toContainEqual({ type: 'claim/selection-ready' }));
    // The worker stops before the panel asks: a fresh copy of the background still has the text.
    vi.resetModules();
    const restarted = (await import('./claims')).claimHandlers;
    expect(await restarted['claim/take-selection']({ type: 'claim/take-selection' }, {}, clock)).toEqual({ ok: true, data: '给我2000私了，不然12315' });
    expect(await claimHandlers['claim/take-selection']({ type: 'claim/take-selection' }, {}, clock)).toEqual({ ok: true, data: null });
  });
});
