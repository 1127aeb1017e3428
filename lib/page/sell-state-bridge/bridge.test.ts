// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtensionMessage, MessageOf, MessageResult } from '@/lib/protocol/messages';
import { checkedSend } from '@/lib/protocol/schemas/checked-send.fixture';
import { SELL_STATE_MAX_CHARS as LISTING_MAX } from '@/lib/listing/check';
import { answerSellState, askSellState, onSellStateReady, readSellState, SELL_STATE_MAX_CHARS } from './bridge';
import { watchListing, type ListingWatch } from '@/lib/page/listing-watch';

type StateWindow = Window & { __SELL_STATE__?: unknown };
const values = { title: ['全网第一 焕亮美白精华液'], modularDesc: '<p>质地轻薄，不含酒精。</p>' };
const giveState = (formValues: unknown) => {
  (window as StateWindow).__SELL_STATE__ = { getState: () => ({ engine: { getModels: () => ({ formValues }) } }) };
};
const cleanups: Array<() => void> = [];
let watch: ListingWatch | null = null;
afterEach(() => {
  delete (window as StateWindow).__SELL_STATE__;
  for (const stop of cleanups.splice(0)) stop();
  watch?.stop();
  watch = null;
  vi.restoreAllMocks();
});

describe("the bridge to the Tmall form's live model", () => {
  it('answers a request with the form values as they are at that moment', async () => {
    const live = { ...values };
    giveState(live);
    cleanups.push(answerSellState(window));
    expect(JSON.parse((await askSellState(window, 1000)) ?? 'null')).toEqual(values);
    live.modularDesc = '<p>七天祛痘 抗敏修护</p>';
    expect(JSON.parse((await askSellState(window, 1000)) ?? 'null')).toMatchObject({ modularDesc: '<p>七天祛痘 抗敏修护</p>' });
  });

  it('gives nothing when no page-world script answers, or the page has no state, or reading it throws', async () => {
    expect(await askSellState(window, 20)).toBeNull();
    expect(readSellState(window)).toBeNull();
    (window as StateWindow).__SELL_STATE__ = { getState: () => { throw new Error('not ready'); } };
    expect(readSellState(window)).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    giveState(cyclic);
    expect(readSellState(window)).toBeNull();
  });

  it('ignores a reply to someone else\'s request', async () => {
    const asked = askSellState(window, 50);
    window.postMessage({ type: 'seller-shield:sell-state', id: 'guessed', json: '{"title":"假的"}' }, window.location.origin);
    expect(await asked).toBeNull();
  });

  it('caps a reply at the length the listing check reads', () => {
    expect(SELL_STATE_MAX_CHARS).toBe(LISTING_MAX);
  });

  it('tells the listing script when it starts', async () => {
    const ready = vi.fn();
    cleanups.push(onSellStateReady(window, ready));
    giveState(values);
    cleanups.push(answerSellState(window));
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
  });
});

describe('the Tmall form checked with its live model', () => {
  it('a module description edited after load is checked as it is now, not as the inline model had it', async () => {
    const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing/sell.publish.tmall.com/publish.html'), 'utf8');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)));
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 300, 24));
    const sent: Array<MessageOf<'listing/checked'>> = [];
    const send = checkedSend(async (message: ExtensionMessage): Promise<MessageResult> => {
      if (message.type === 'listing/checked') sent.push(message);
      return { ok: true, data: { dismissed: [], tag: '卖家盾：$1 处提示' } };
    });
    let live: string | null = null;
    watch = watchListing(document, {
      source: 'tmall-form', send, url: () => 'https://sell.publish.tmall.com/tmall/publish.htm?id=700000000001', now: () => new Date('2026-11-20T04:00:00Z'),
      onOpen: () => undefined, follow: true, liveModel: async () => live,
    });
    await watch.settled();
    const words = () => sent.at(-1)?.findings.filter((f) => f.field === 'modularDesc').map((f) => f.text);
    expect(words()).toEqual([]);
    live = JSON.stringify({ ...values, modularDesc: '<p>七天祛痘 抗敏修护</p>' });
    watch.recheck();
    await watch.settled();
    expect(words()).toEqual(['抗敏']);
    // The fields the page shows still win over the model: the title is read from its input.
    expect(sent.at(-1)?.findings.filter((f) => f.field === 'title').map((f) => f.text)).toContain('医用级');
  });

  it('a page posting the ready message in a loop queues one more check, not one per message', async () => {
    const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing/sell.publish.tmall.com/publish.html'), 'utf8');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 300, 24));
    const send = checkedSend(async (): Promise<MessageResult> => ({ ok: true, data: { dismissed: [], tag: '$1' } }));
    const liveModel = vi.fn(async () => null);
    watch = watchListing(document, {
      source: 'tmall-form', send, url: () => 'https://sell.publish.tmall.com/tmall/publish.htm?id=700000000002', now: () => new Date('2026-11-20T04:00:00Z'),
      onOpen: () => undefined, follow: false, liveModel,
    });
    for (let i = 0; i < 1000; i++) void watch.recheck();
    await watch.settled();
    expect(liveModel.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
