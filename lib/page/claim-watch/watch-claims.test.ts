// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKED_ATTRIBUTE, watchClaims } from '@/lib/page/claim-watch';
import { openDemoPage } from '@/lib/claims/chat-extract/demo-pages.fixture';
import { shadowOf } from '@/lib/page/claim-badge';
import { trustedClick } from '@/lib/page/claim-badge/trusted-event.fixture';
import type { ExtensionMessage, MessageResult } from '@/lib/protocol/messages';
import { BadgeText } from '@/lib/protocol/schemas';
import { checkedSend } from '@/lib/protocol/schemas/checked-send.fixture';

const text = Object.fromEntries(Object.keys(BadgeText.shape).map((key) => [key, key])) as BadgeText;

/** The background's claim/* handlers over in-memory tables, recording what was asked. */
function fakeBackground() {
  const trusted = new Set<string>();
  const dismissed = new Set<string>();
  const sent: ExtensionMessage[] = [];
  const send = async (message: ExtensionMessage): Promise<MessageResult> => {
    sent.push(message);
    switch (message.type) {
      case 'claim/marks':
        return { ok: true, data: { trusted: message.buyerIds.filter((b) => trusted.has(b)), flagged: [], dismissed: message.messageKeys.filter((k) => dismissed.has(k)), text } };
      case 'claim/dismiss':
        if (message.undo) dismissed.delete(message.messageKey);
        else dismissed.add(message.messageKey);
        return { ok: true };
      case 'claim/trust':
        if (message.undo) trusted.delete(message.buyerId);
        else trusted.add(message.buyerId);
        return { ok: true, data: null };
      case 'claim/save-evidence':
        return { ok: true, data: { saved: true, seq: 1, hash: '0'.repeat(64) } };
      case 'claim/report':
        return { ok: true, data: { hash: '0'.repeat(64) } };
      default:
        return { ok: true };
    }
  };
  return { send, sent, trusted, dismissed };
}

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function start(page: Parameters<typeof openDemoPage>[0] = 'chatA', background = fakeBackground()) {
  const opened = await openDemoPage(page);
  const watcher = watchClaims(opened.document, checkedSend(background.send), () => 'https://market.m.taobao.com/app/qn/im-history-search/index.html');
  cleanup.push(opened.close, watcher.stop);
  await watcher.settled();
  return { ...opened, watcher, background };
}

const units = (doc: Document) => [...doc.querySelectorAll(`[${CHECKED_ATTRIBUTE}]`)];
const unitWith = (doc: Document, words: string) => units(doc).filter((u) => u.textContent!.includes(words)).at(-1)!;
const badgeIn = (unit: Element) => unit.querySelector('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');
const buttonIn = (host: Element, label: string) =>
  [...shadowOf(host)!.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

async function until(check: () => unknown) {
  await vi.waitFor(() => expect(check()).toBeTruthy(), { timeout: 2000, interval: 10 });
}

/** The first message of this type the page sends: checkedSend has parsed it as the background does. */
async function firstSent<T extends ExtensionMessage['type']>(background: ReturnType<typeof fakeBackground>, type: T) {
  await until(() => background.sent.some((m) => m.type === type));
  return background.sent.find((m): m is Extract<ExtensionMessage, { type: T }> => m.type === type)!;
}

describe('watchClaims on the chat-history frame', () => {
  it('badges the buyer\'s claim and the vague line after it, never the seller\'s replies', async () => {
    const { document } = await start();
    expect(badgeIn(unitWith(document, '根据消费者权益保护法'))?.getAttribute('data-seller-shield-claim')).toBe('high');
    expect(badgeIn(unitWith(document, '你看着办吧'))).not.toBeNull();
    expect(units(document).every((u) => !u.textContent!.includes('小木屋家居旗舰店'))).toBe(true);
    expect(document.querySelectorAll('[class*=chatContentXiaoer] [data-seller-shield-claim]').length).toBe(0);
  });

  it('shows buyer words that look like markup as text in the badge', async () => {
    const { document } = await start();
    const badge = badgeIn(unitWith(document, 'onerror'))!;
    expect(shadowOf(badge)!.querySelector('.quote')!.textContent).toContain('<img src=x onerror=');
    expect(shadowOf(badge)!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('after a switch to another buyer, asks only about the new buyer\'s messages and judges them without the other\'s history', async () => {
    const { document, background, settle } = await start();
    const before = background.sent.filter((m) => m.type === 'claim/marks').length;
    ([...document.querySelectorAll('[role=option]')].find((o) => o.textContent === '小雨点点') as HTMLElement).click();
    await settle();
    await until(() => units(document).some((u) => u.textContent!.includes('小雨点点')));
    const asks = background.sent.filter((m) => m.type === 'claim/marks').slice(before);
    expect(asks).toEqual([{ type: 'claim/marks', buyerIds: ['小雨点点'], messageKeys: [expect.stringContaining('小雨点点@')] }]);
    const vague = unitWith(document, '你看着办吧');
    expect(vague.getAttribute(CHECKED_ATTRIBUTE)).toBe('none');
    expect(badgeIn(vague)).toBeNull();
  });

  it('switching away and back re-renders the messages: the flags come back on the new elements without judging twice', async () => {
    const { document, background, settle } = await start();
    const pick = (nick: string) => ([...document.querySelectorAll('[role=option]')].find((o) => o.textContent === nick) as HTMLElement).click();
    pick('tb_lin2019');
    await settle();
    await until(() => units(document).some((u) => u.textContent!.includes('tb_lin2019')));
    const asksBefore = background.sent.filter((m) => m.type === 'claim/marks').length;
    pick('维权小能手88');
    await settle();
    await until(() => badgeIn(unitWith(document, '根据消费者权益保护法')) && badgeIn(unitWith(document, '你看着办吧')));
    expect(background.sent.filter((m) => m.type === 'claim/marks').length).toBe(asksBefore);
  });

  it('older messages loaded above turn the later vague line into a flag', async () => {
    const { document, settle } = await start();
    ([...document.querySelectorAll('[role=option]')].find((o) => o.textContent === '老顾客阿强') as HTMLElement).click();
    await settle();
    await until(() => unitWith(document, '考虑得怎么样了'));
    expect(badgeIn(unitWith(document, '考虑得怎么样了'))).toBeNull();
    (document.getElementById('more') as HTMLElement).click();
    await settle();
    await until(() => badgeIn(unitWith(document, '考虑得怎么样了')));
    const chain = [...shadowOf(badgeIn(unitWith(document, '考虑得怎么样了'))!)!.querySelectorAll('.chain li')].map((li) => li.textContent);
    expect(chain.some((step) => step!.includes('16:12'))).toBe(true);
  });

  it('"不是索赔" replaces the badge with an undo note and is remembered for the next visit', async () => {
    const background = fakeBackground();
    const first = await start('chatA', background);
    const vague = unitWith(first.document, '你看着办吧');
    trustedClick(buttonIn(badgeIn(vague)!, 'dismiss'));
    await until(() => badgeIn(vague) === null);
    expect(vague.querySelector('[data-seller-shield-claim=note]')).not.toBeNull();
    expect(background.dismissed.size).toBe(1);

    const again = await start('chatA', background);
    expect(badgeIn(unitWith(again.document, '你看着办吧'))).toBeNull();
    expect(badgeIn(unitWith(again.document, '根据消费者权益保护法'))).not.toBeNull();
  });

  it('"信任此买家" removes every flag of that buyer until undone', async () => {
    const { document } = await start();
    const claim = unitWith(document, '根据消费者权益保护法');
    trustedClick(buttonIn(badgeIn(claim)!, 'trust'));
    await until(() => document.querySelectorAll('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').length === 0);
    const undo = shadowOf(claim.querySelector('[data-seller-shield-claim=note]')!)!.querySelector('button') as HTMLButtonElement;
    trustedClick(undo);
    await until(() => badgeIn(claim) && badgeIn(unitWith(document, '你看着办吧')));
  });

  it('"保存证据" sends the message as shown with its assessment; the background validates it', async () => {
    const { document, background } = await start();
    trustedClick(buttonIn(badgeIn(unitWith(document, '根据消费者权益保护法'))!, 'saveEvidence'));
    const saved = await firstSent(background, 'claim/save-evidence');
    expect(saved).toMatchObject({ buyerId: '维权小能手88', messageAt: '2026-11-20T10:05:47+08:00', assessment: { level: 'high' } });
  });

  it('"举报" on the later line sends every flagged message of that buyer, in conversation order, for one report', async () => {
    const { document, background } = await start();
    trustedClick(buttonIn(badgeIn(unitWith(document, '你看着办吧'))!, 'report'));
    const report = await firstSent(background, 'claim/report');
    expect(report.messageText).toContain('你看着办吧');
    const gathered = report.buyerFlagged ?? [];
    expect(gathered.length).toBeGreaterThanOrEqual(2);
    expect(new Set(gathered.map((m) => m.buyerId))).toEqual(new Set(['维权小能手88']));
    expect(gathered[0]!.messageText).toContain('根据消费者权益保护法');
    expect(gathered.at(-1)!.messageText).toContain('你看着办吧');
    const times = gathered.map((m) => m.messageAt ?? '');
    expect(times).toEqual([...times].sort());
  });
});

describe('watchClaims on refund pages', () => {
  it('reads the negotiation history of the new 千牛 refund page once it renders', async () => {
    const { document, settle } = await start('refundQn');
    await settle();
    await until(() => units(document).length === 2);
    expect(badgeIn(unitWith(document, '撤销举报'))?.getAttribute('data-seller-shield-claim')).toBe('high');
    expect(document.querySelectorAll('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').length).toBe(1);
  });

  it('reads the legacy refund page\'s history as one conversation: the demand\'s reasons name the earlier pretext and its time', async () => {
    const { document } = await start('refundLegacy');
    const badge = badgeIn(unitWith(document, '公证购买并录音'))!;
    const reasons = shadowOf(badge)!.querySelector('.reasons')!.textContent!;
    expect(reasons).toContain('20:11');
    expect(document.querySelectorAll('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').length).toBe(1);
  });
});
