// @vitest-environment happy-dom
// The demo pages in test/fixtures/pages are the contract: the reader must read them by
// structure (a time stamp with text after it), role words and the seller's 店铺:子账号
// names, never by class names. To add a page a seller reports as unread: save its
// markup as a new demo page (your own text, its real layout), add it to demoPages in
// demo-pages.fixture.ts and a test here naming the speakers and times a seller sees.
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageReader, readMessages, type ChatMessage } from '@/lib/claims/chat-extract';
import { openDemoPage } from './demo-pages.fixture';

let close = async () => {};
afterEach(() => close());

async function open(page: Parameters<typeof openDemoPage>[0]) {
  const opened = await openDemoPage(page);
  close = opened.close;
  return opened;
}

const plain = (m: ChatMessage) => ({ from: m.from, name: m.name, buyerId: m.buyerId, at: m.at, text: m.text, key: m.key, orderId: m.orderId });

function clickBuyer(document: Document, nick: string) {
  const option = [...document.querySelectorAll('[role=option]')].find((o) => o.textContent === nick)!;
  (option as HTMLElement).click();
}

describe('chat-history frame (two builds with different CSS-module hashes and layout)', () => {
  it('reads the same messages, speakers and keys from both builds', async () => {
    const a = readMessages((await open('chatA')).document).map(plain);
    await close();
    const b = readMessages((await open('chatB')).document).map(plain);
    expect(a.length).toBe(6);
    expect(b).toEqual(a);
  });

  it.each(['chatA', 'chatB'] as const)('%s: tells the seller\'s 店铺:子账号 from the buyer and joins replies to the buyer\'s conversation', async (build) => {
    const { document } = await open(build);
    const messages = readMessages(document);
    expect(messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer', 'seller', 'buyer', 'buyer']);
    expect(new Set(messages.map((m) => m.buyerId))).toEqual(new Set(['维权小能手88']));
    expect(messages[0]).toMatchObject({ at: '2026-11-20T10:02:11+08:00', text: '你家这个收纳盒包装上没有中文标签，属于三无产品吧？' });
    expect(messages[1]!.name).toBe('小木屋家居旗舰店:运营01');
  });

  it.each(['chatA', 'chatB'] as const)('%s: buyer words that look like markup are read as text, and the page holds no element from them', async (build) => {
    const { document } = await open(build);
    const withTag = readMessages(document).find((m) => m.text.includes('onerror'))!;
    expect(withTag.text.startsWith('<img src=x onerror=')).toBe(true);
    expect(document.querySelectorAll('img').length).toBe(0);
  });

  it.each(['chatA', 'chatB'] as const)('%s: after a switch to another buyer, only the new buyer\'s messages are new', async (build) => {
    const { document, settle } = await open(build);
    const reader = createMessageReader(document);
    expect(reader.read().length).toBe(6);
    clickBuyer(document, 'tb_lin2019');
    await settle();
    reader.forgetRemoved();
    const fresh = reader.read();
    expect(fresh.map((m) => [m.from, m.buyerId])).toEqual([['buyer', 'tb_lin2019'], ['seller', 'tb_lin2019']]);
    expect(fresh[0]!.orderId).toBe('3021999000222');
    expect(reader.read()).toEqual([]);
  });

  it.each(['chatA', 'chatB'] as const)('%s: older messages loaded above are read once, in page order, the main account\'s reply as the seller\'s', async (build) => {
    const { document, settle } = await open(build);
    const reader = createMessageReader(document);
    reader.read();
    (document.getElementById('more') as HTMLElement).click();
    await settle();
    const older = reader.read();
    expect(older.map((m) => [m.from, m.name, m.buyerId, m.at])).toEqual([
      ['buyer', '维权小能手88', '维权小能手88', '2026-11-20T09:40:05+08:00'],
      ['seller', '小木屋家居旗舰店', '维权小能手88', '2026-11-20T09:41:00+08:00'],
    ]);
  });

  it('a seller reply loaded above any buyer message joins the buyer below it', async () => {
    const { document, settle } = await open('chatA');
    clickBuyer(document, '老顾客阿强');
    await settle();
    const reader = createMessageReader(document);
    expect(reader.read().map((m) => m.buyerId)).toEqual(['老顾客阿强']);
    (document.getElementById('more') as HTMLElement).click();
    await settle();
    expect(reader.read().map((m) => [m.from, m.buyerId])).toEqual([['buyer', '老顾客阿强'], ['buyer', '老顾客阿强'], ['seller', '老顾客阿强']]);
  });

  it('a date typed in the search form and a time stamp inside a buyer\'s text do not make extra messages', async () => {
    const { document } = await open('chatA');
    const bubble = [...document.querySelectorAll('[class*=chatTextLeft]')][0]!;
    bubble.textContent = '我是2026-11-18 20:00:00下的单，标签呢？';
    const messages = readMessages(document);
    expect(messages.length).toBe(6);
    expect(messages[0]!.text).toBe('我是2026-11-18 20:00:00下的单，标签呢？');
    expect(messages[0]!.at).toBe('2026-11-20T10:02:11+08:00');
  });

  it('a message\'s key changes with its text and stays with its words, not its place', async () => {
    const { document } = await open('chatA');
    const before = readMessages(document);
    const bubbles = [...document.querySelectorAll('[class*=chatTextLeft]')];
    bubbles[5]!.textContent = '你看着办吧！';
    const after = readMessages(document);
    expect(after.slice(0, 5).map((m) => m.key)).toEqual(before.slice(0, 5).map((m) => m.key));
    expect(after[5]!.key).not.toBe(before[5]!.key);
  });
});

describe('refund and dispute pages: the negotiation history as a conversation', () => {
  it('legacy refund2 page: 买家/卖家/系统 by role, the page\'s buyer and order for every entry', async () => {
    const { document } = await open('refundLegacy');
    const messages = readMessages(document);
    expect(messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer', 'system']);
    expect(new Set(messages.map((m) => m.buyerId))).toEqual(new Set(['维权小能手88']));
    expect(new Set(messages.map((m) => m.orderId))).toEqual(new Set(['3021999000111']));
    expect(messages[2]!.text).toContain('按照消法55条假一赔三');
  });

  it('new 千牛 refund page: the history rendered after load is read by structure, the top bar\'s 店铺:子账号 naming the seller', async () => {
    const { document, settle } = await open('refundQn');
    const reader = createMessageReader(document);
    await settle();
    const messages = reader.read();
    expect(messages.map((m) => [m.from, m.name])).toEqual([
      ['buyer', 'tb_zhou_1990'], ['seller', '小木屋家居旗舰店'], ['buyer', 'tb_zhou_1990'], ['system', ''],
    ]);
    expect(messages.every((m) => m.buyerId === 'tb_zhou_1990' && m.orderId === '3021999000333')).toBe(true);
    expect(reader.sellerNames().has('小木屋家居旗舰店')).toBe(true);
  });
});
