// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowOf } from '@/lib/page/claim-badge';
import { trustedClick } from '@/lib/page/claim-badge/trusted-event.fixture';
import { OVERLAY_HOST_TAG } from '@/lib/page/listing-overlay';
import type { ExtensionMessage, MessageOf, MessageResult } from '@/lib/protocol/messages';
import { checkedSend } from '@/lib/protocol/schemas/checked-send.fixture';
import { watchListing, type ListingWatch } from './watch-listing';

const fixture = readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing/item.upload.taobao.com/sell-v2-publish.html'), 'utf8');
const URL_EDIT = 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055&itemId=763450561430';

function openForm() {
  const parsed = new DOMParser().parseFromString(fixture, 'text/html');
  // The page's external script stays out (happy-dom loads no files); the inline model is kept.
  const head = Array.from(parsed.head.childNodes).filter((n) => !(n instanceof Element && n.hasAttribute('src')));
  document.head.replaceChildren(...head.map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

let watch: ListingWatch | null = null;
afterEach(() => {
  watch?.stop();
  watch = null;
  vi.restoreAllMocks();
});

function start(dismissed: string[] = []) {
  openForm();
  // happy-dom lays nothing out: every element gets a box, as in a browser.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 300, 24));
  const sent: Array<MessageOf<'listing/checked'>> = [];
  const opened = vi.fn();
  // Answers as the background does for listing/checked; both ways parsed with the protocol's schemas.
  const send = checkedSend(async (message: ExtensionMessage): Promise<MessageResult> => {
    if (message.type === 'listing/checked') sent.push(message);
    return { ok: true, data: { dismissed, tag: '卖家盾：$1 处提示' } };
  });
  watch = watchListing(document, { source: 'taobao-form', send, url: () => URL_EDIT, now: () => new Date('2026-11-20T04:00:00Z'), onOpen: opened, follow: true });
  return { sent, opened };
}
const tags = () => [...(shadowOf(document.querySelector(OVERLAY_HOST_TAG)!)?.querySelectorAll('button.tag') ?? [])];

describe('the listing check on the publish form', () => {
  it('checks the model and the fields shown, sends the findings for this item, and tags each field with findings', async () => {
    const { sent } = start();
    await watch!.settled();
    expect(sent).toHaveLength(1);
    const message = sent[0]!;
    expect(message).toMatchObject({ itemKey: 'item:763450561430', source: 'taobao-form', category: 'food', categoryPath: '茶 > 代用/花草茶 > 苦荞茶' });
    expect(message.findings.map((f) => `${f.label}:${f.text}`)).toEqual(expect.arrayContaining(['宝贝标题:最好', '宝贝标题:國家級', '宝贝标题:假一赔十', '电脑端描述:纯天然', '图文详情:降血糖', 'SKU 名称:零添加']));
    // The model's description is checked though the page shows no editor for it.
    expect(message.checked.map((f) => f.field)).toContain('desc');
    expect(document.querySelector(OVERLAY_HOST_TAG)?.shadowRoot).toBeNull();
    expect(tags().map((t) => t.textContent)).toEqual(expect.arrayContaining(['卖家盾：3 处提示', '卖家盾：2 处提示']));
  });

  it('checks in a task of its own, never in the one that started it (the script\'s start, a change, a key press)', async () => {
    const { sent } = start();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(document.querySelector(OVERLAY_HOST_TAG)).toBeNull();
    await watch!.settled();
    expect(document.querySelector(OVERLAY_HOST_TAG)).not.toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('never writes into the form', async () => {
    start();
    await watch!.settled();
    const input = document.querySelector<HTMLInputElement>('#sell-field-title input')!;
    expect(input.value).toBe('全网最好 苦荞茶 國家級 工艺 正品保证 假一赔十');
    expect(document.querySelectorAll('#sell-field-title *').length).toBe(3);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('a finding the seller dismissed for this item is not tagged', async () => {
    start(['absolute-core|宝贝标题|最好', 'absolute-core|宝贝标题|國家級', 'promise-fake-pays|宝贝标题|假一赔十']);
    await watch!.settled();
    expect(tags().map((t) => t.textContent)).not.toContain('卖家盾：3 处提示');
    expect(tags().map((t) => t.textContent)).toContain('卖家盾：2 处提示');
  });

  it('draws nothing until the background has answered: no dismissed finding flashes, no tag shows a bare number', async () => {
    openForm();
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 300, 24));
    let answer = () => {};
    const answered = new Promise<void>((resolve) => { answer = resolve; });
    const seen: string[] = [];
    let asked = false;
    const send = checkedSend(async (): Promise<MessageResult> => {
      asked = true;
      seen.push(...tags().map((t) => t.textContent ?? ''));
      await answered;
      return { ok: true, data: { dismissed: ['absolute-core|宝贝标题|最好'], tag: '卖家盾：$1 处提示' } };
    });
    watch = watchListing(document, { source: 'taobao-form', send, url: () => URL_EDIT, now: () => new Date('2026-11-20T04:00:00Z'), onOpen: vi.fn(), follow: false });
    await vi.waitFor(() => expect(asked).toBe(true));
    // The background takes its time: whatever the page shows meanwhile is recorded.
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    seen.push(...tags().map((t) => t.textContent ?? ''));
    answer();
    await watch.settled();
    expect(seen).toEqual([]);
    expect(tags().map((t) => t.textContent)).toContain('卖家盾：2 处提示');
    expect(tags().map((t) => t.textContent)).not.toContain('卖家盾：3 处提示');
  });

  it('re-checks after the seller types, not after the page\'s own script sets a value', async () => {
    const { sent } = start();
    await watch!.settled();
    const input = document.querySelector<HTMLInputElement>('#sell-field-title input')!;
    input.value = '苦荞茶 包治百病';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 400));
    await watch!.settled();
    expect(sent).toHaveLength(1);
    const typed = new Event('input', { bubbles: true });
    Object.defineProperty(typed, 'isTrusted', { value: true });
    input.dispatchEvent(typed);
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 2000 });
    await watch!.settled();
    expect(sent[1]!.findings.filter((f) => f.field === 'title').map((f) => f.text)).toEqual(['包治']);
  });

  it('a tag opens the panel only on the seller\'s own click', async () => {
    const { opened } = start();
    await watch!.settled();
    const tag = tags()[0] as HTMLButtonElement;
    tag.click();
    expect(opened).not.toHaveBeenCalled();
    trustedClick(tag);
    expect(opened).toHaveBeenCalledOnce();
  });
});
