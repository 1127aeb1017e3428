// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKED_ATTRIBUTE, watchClaims } from '@/lib/page/claim-watch';
import { openDemoPage } from '@/lib/claims/chat-extract/demo-pages.fixture';
import type { ExtensionMessage, MessageResult } from '@/lib/protocol/messages';
import { BadgeText } from '@/lib/protocol/schemas';
import { checkedSend } from '@/lib/protocol/schemas/checked-send.fixture';

const text = Object.fromEntries(Object.keys(BadgeText.shape).map((key) => [key, key])) as BadgeText;

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

/** The chat page with a background that knows no marks; counts how often the page asks for them. */
async function start() {
  const asked: string[][] = [];
  const send = async (message: ExtensionMessage): Promise<MessageResult> => {
    if (message.type !== 'claim/marks') return { ok: true };
    asked.push(message.buyerIds);
    return { ok: true, data: { trusted: [], flagged: [], dismissed: [], text } };
  };
  const opened = await openDemoPage('chatA');
  const watcher = watchClaims(opened.document, checkedSend(send), () => 'https://market.m.taobao.com/app/qn/im-history-search/index.html');
  cleanup.push(opened.close, watcher.stop);
  await watcher.settled();
  return { doc: opened.document, watcher, asked };
}

const badgesOf = (doc: Document, nick: string) =>
  [...doc.querySelectorAll(`[${CHECKED_ATTRIBUTE}]`)].filter((u) => u.textContent!.includes(nick)).flatMap((u) => [...u.querySelectorAll('[data-seller-shield-claim]')]);

describe('marks pushed by the background', () => {
  it('trusting a buyer in another tab takes that buyer\'s flags away, and undoing brings them back, without asking again', async () => {
    const { doc, watcher, asked } = await start();
    const before = badgesOf(doc, '维权小能手88').length;
    expect(before).toBeGreaterThan(0);
    const askedBefore = asked.length;
    await watcher.applyChange({ buyer: { buyerId: '维权小能手88', trusted: true, flagged: false } });
    expect(badgesOf(doc, '维权小能手88')).toHaveLength(0);
    await watcher.applyChange({ buyer: { buyerId: '维权小能手88', trusted: false, flagged: false } });
    expect(badgesOf(doc, '维权小能手88')).toHaveLength(before);
    expect(asked.length).toBe(askedBefore);
  });

  it('a buyer put on the watchlist elsewhere gets "此前已标记" on messages without a badge', async () => {
    const { doc, watcher } = await start();
    await watcher.applyChange({ buyer: { buyerId: '维权小能手88', trusted: false, flagged: true } });
    expect(doc.querySelectorAll('[data-seller-shield-claim=watched]').length).toBeGreaterThan(0);
  });
});
