// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKED_ATTRIBUTE, watchClaims } from '@/lib/page/claim-watch';
import { openDemoPage } from '@/lib/claims/chat-extract/demo-pages.fixture';
import { shadowOf } from '@/lib/page/claim-badge';
import type { ExtensionMessage, MessageResult } from '@/lib/protocol/messages';
import { BadgeText } from '@/lib/protocol/schemas';
import { checkedSend } from '@/lib/protocol/schemas/checked-send.fixture';

const text = Object.fromEntries(Object.keys(BadgeText.shape).map((key) => [key, key])) as BadgeText;

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

/** The chat page with a background that has `watched` on its watchlist and trusts `trusted`. */
async function start(watched: string[], trusted: string[] = []) {
  const send = async (message: ExtensionMessage): Promise<MessageResult> =>
    message.type === 'claim/marks'
      ? {
          ok: true,
          data: {
            trusted: message.buyerIds.filter((b) => trusted.includes(b)),
            flagged: message.buyerIds.filter((b) => watched.includes(b)),
            dismissed: [],
            text,
          },
        }
      : { ok: true };
  const opened = await openDemoPage('chatA');
  const watcher = watchClaims(opened.document, checkedSend(send), () => 'https://market.m.taobao.com/app/qn/im-history-search/index.html');
  cleanup.push(opened.close, watcher.stop);
  await watcher.settled();
  return opened.document;
}

const buyerUnits = (doc: Document, nick: string) =>
  [...doc.querySelectorAll(`[${CHECKED_ATTRIBUTE}]`)].filter((u) => u.textContent!.includes(nick));
const marksIn = (unit: Element) => [...unit.querySelectorAll('[data-seller-shield-claim]')].map((h) => h.getAttribute('data-seller-shield-claim'));

describe('"此前已标记" on a watched buyer\'s messages', () => {
  it('every message of the watched buyer carries a badge or the mark, with the mark\'s words', async () => {
    const doc = await start(['维权小能手88']);
    const units = buyerUnits(doc, '维权小能手88');
    expect(units.length).toBeGreaterThan(2);
    expect(units.every((u) => marksIn(u).length === 1)).toBe(true);
    const watched = units.flatMap((u) => [...u.querySelectorAll('[data-seller-shield-claim=watched]')]);
    expect(watched.length).toBeGreaterThan(0);
    expect(shadowOf(watched[0]!)!.querySelector('.chip')!.textContent).toBe('watched');
  });

  it('a buyer not on the watchlist, or one the seller trusts, gets no mark', async () => {
    expect((await start([])).querySelectorAll('[data-seller-shield-claim=watched]')).toHaveLength(0);
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
    expect((await start(['维权小能手88'], ['维权小能手88'])).querySelectorAll('[data-seller-shield-claim]')).toHaveLength(0);
  });
});
