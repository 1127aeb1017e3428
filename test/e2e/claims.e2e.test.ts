import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { centreInShadow, clickInShadow, inShadow, shadowText } from './closed-shadow';
import { chatFrame, demoUrls, sessionForFile } from './harness';

// Evaluated inside extension pages, where the chrome namespace exists.
declare const chrome: { runtime: { getManifest(): { permissions?: string[] } } };

const newRefundUrl = 'https://qn.taobao.com/home.htm/trade-platform/refund-list/detail?disputeId=2001234567999&type=1';

const session = sessionForFile();

/** The page's own element for one message, found by its visible text. */
function message(scope: Frame | Page, text: string): Locator {
  return scope.locator('[data-seller-shield-checked]').filter({ hasText: text }).last();
}

const badgeOf = (m: Locator) => m.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');

async function judged(m: Locator): Promise<string> {
  await m.waitFor({ timeout: 10_000 });
  return (await m.getAttribute('data-seller-shield-checked')) ?? '';
}

/** The chat-history demo page and its message frame: where most of these tests start. */
async function openChatHistory(): Promise<{ page: Page; frame: Frame }> {
  const page = await session().open(demoUrls.chatHistory);
  return { page, frame: await chatFrame(page) };
}

/** The claimant's vague line "你看着办吧", judged a claim in the light of what the buyer said before; its badge. */
async function vagueLineBadge(frame: Frame): Promise<Locator> {
  const vague = message(frame, '你看着办吧');
  expect(['medium', 'high']).toContain(await judged(vague));
  return badgeOf(vague);
}

async function showBuyer(frame: Frame, nick: string): Promise<void> {
  await frame.locator('[role=option]', { hasText: nick }).click();
}

describe('claimant flags on the chat-history page (messages in the market.m.taobao.com frame)', () => {
  it('asks for the context-menu permission it uses and nothing beyond', async () => {
    const manifest = await session().worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('a citation with a money demand gets a badge with the reasons; the seller\'s replies do not', async () => {
    const { page, frame } = await openChatHistory();
    const claim = message(frame, '根据消费者权益保护法第五十五条');
    expect(await judged(claim)).toBe('high');
    const badge = badgeOf(claim);
    await expect.poll(() => badge.count()).toBe(1);
    await clickInShadow(badge, /疑似索赔/);
    await expect.poll(() => shadowText(badge, '[role=dialog]')).toContain('引用');
    expect(await shadowText(badge, '[role=dialog]')).toContain('2000');
    await session().screenshot(page, 'claims-chat-history-badge');
    const sellerReplies = frame.locator('[class*=chatWrap]').filter({ hasText: '小木屋家居旗舰店:运营01' });
    expect(await sellerReplies.count()).toBeGreaterThan(0);
    expect(await sellerReplies.locator('[data-seller-shield-claim]').count()).toBe(0);
    await page.close();
  });

  it('the reasons beside the longest flagged message stay inside the frame: no scrollbar, every edge in view', async () => {
    const { page, frame } = await openChatHistory();
    await judged(message(frame, '根据消费者权益保护法第五十五条'));
    const flagged = frame.locator('[data-seller-shield-checked=high], [data-seller-shield-checked=medium]');
    await expect.poll(() => flagged.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').count()).toBeGreaterThan(0);
    // The longest message as drawn: its badge sits furthest to the right, nearest the frame's edge.
    const badgeRights = await flagged.evaluateAll((nodes) =>
      nodes.map((n) => n.querySelector('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]')?.getBoundingClientRect().right ?? -1),
    );
    const longest = flagged.nth(badgeRights.indexOf(Math.max(...badgeRights)));
    expect(await longest.textContent()).toContain('根据消费者权益保护法第五十五条');
    const badge = badgeOf(longest);
    const scrollOf = () => frame.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    const before = await scrollOf();
    // From the keyboard: focus the chip and press Enter.
    await inShadow(badge, (root) => (root.querySelector('.chip') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await expect.poll(() => inShadow(badge, (root) => (root.querySelector('[role=dialog]') as HTMLElement).hidden)).toBe(false);
    const geometry = await inShadow(badge, (shadow) => {
      const r = shadow.querySelector('[role=dialog]')!.getBoundingClientRect();
      const root = document.documentElement;
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: root.clientWidth, height: root.clientHeight, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight };
    });
    expect(geometry.scrollWidth).toBeLessThanOrEqual(geometry.width);
    expect(geometry.scrollHeight).toBe(before.height);
    expect(geometry.left).toBeGreaterThanOrEqual(0);
    expect(geometry.top).toBeGreaterThanOrEqual(0);
    expect(geometry.right).toBeLessThanOrEqual(geometry.width);
    expect(geometry.bottom).toBeLessThanOrEqual(geometry.height);
    expect(before.width).toBeLessThanOrEqual(geometry.width);
    await session().screenshot(page, 'claims-chat-history-popover-inside');
    // Its buttons are reachable and Escape gives focus back to the chip.
    await inShadow(badge, (root) => [...root.querySelectorAll('button')].find((b) => b.textContent === '保存证据')!.focus());
    await page.keyboard.press('Escape');
    expect(await inShadow(badge, (root) => (root.querySelector('[role=dialog]') as HTMLElement).hidden)).toBe(true);
    expect(await inShadow(badge, (root) => root.activeElement === root.querySelector('.chip'))).toBe(true);
    await page.close();
  });

  it('the popover: hover alone does not open it; on a click its four actions are in its first view, the details folded; Escape and a click outside close it', async () => {
    const { page, frame } = await openChatHistory();
    const badge = await vagueLineBadge(frame);
    await expect.poll(() => badge.count()).toBe(1);
    const hidden = () => inShadow(badge, (root) => (root.querySelector('[role=dialog]') as HTMLElement).hidden);
    const chip = await centreInShadow(badge, '.chip');
    await page.mouse.move(chip.x, chip.y);
    await page.waitForTimeout(400);
    expect(await hidden()).toBe(true);

    await page.mouse.click(chip.x, chip.y);
    await expect.poll(hidden).toBe(false);
    const view = await inShadow(badge, (root) => {
      const popover = root.querySelector('[role=dialog]') as HTMLElement;
      const box = popover.getBoundingClientRect();
      const frameView = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      const actions = [...popover.querySelectorAll('.actions button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.textContent, inView: r.top >= box.top && r.bottom <= box.bottom && r.bottom <= frameView.height && r.right <= box.right };
      });
      return {
        actions,
        scrollTop: popover.scrollTop,
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        frameView,
        header: [...popover.querySelectorAll('.head li')].map((li) => li.textContent),
        foldOpen: (popover.querySelector('details') as HTMLDetailsElement).open,
        chain: [...popover.querySelectorAll('.chain li')].map((li) => li.textContent ?? ''),
      };
    });
    console.log(`[popover] ${Math.round(view.box.right - view.box.left)}×${Math.round(view.box.bottom - view.box.top)} px in a ${view.frameView.width}×${view.frameView.height} frame; header ${JSON.stringify(view.header)}; chain ${JSON.stringify(view.chain)}`);
    expect(view.actions).toEqual(['保存证据', '举报', '不是索赔', '信任此买家'].map((name) => ({ name, inView: true })));
    expect(view.scrollTop).toBe(0);
    expect(view.header.length).toBeGreaterThan(0);
    expect(view.header.length).toBeLessThanOrEqual(3);
    expect(view.foldOpen).toBe(false);
    // Each earlier time once: the chain's lines never share a time.
    const times = view.chain.map((line) => line.split(' ').slice(0, 2).join(' '));
    expect(new Set(times).size).toBe(times.length);
    expect(view.box.left).toBeGreaterThanOrEqual(0);
    expect(view.box.top).toBeGreaterThanOrEqual(0);
    expect(view.box.right).toBeLessThanOrEqual(view.frameView.width);
    expect(view.box.bottom).toBeLessThanOrEqual(view.frameView.height);
    await session().screenshot(page, 'claims-popover-actions-first');

    await page.keyboard.press('Escape');
    await expect.poll(hidden).toBe(true);
    await page.mouse.click(chip.x, chip.y);
    await expect.poll(hidden).toBe(false);
    // A click outside: on the frame's corner furthest from the popover.
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const below = view.box.bottom < view.frameView.height - 40;
    await page.mouse.click(frameBox.x + 10, below ? frameBox.y + frameBox.height - 10 : frameBox.y + 10);
    await expect.poll(hidden).toBe(true);
    await page.close();
  });

  it('a genuine complaint (refund or I complain) is judged and gets no badge', async () => {
    const { page, frame } = await openChatHistory();
    await showBuyer(frame, 'tb8839201_22');
    const complaint = message(frame, '收到的货是坏的');
    expect(['none', 'low']).toContain(await judged(complaint));
    expect(await badgeOf(complaint).count()).toBe(0);
    await page.close();
  });

  it('buyer text that looks like markup stays inert text, in the page and in the badge', async () => {
    const { page, frame } = await openChatHistory();
    const tagged = message(frame, 'onerror');
    await judged(tagged);
    const badge = badgeOf(tagged);
    await expect.poll(() => badge.count()).toBe(1);
    await clickInShadow(badge, /疑似索赔/);
    await expect.poll(() => shadowText(badge, '.quote')).toContain('<img src=x onerror=');
    expect(await frame.locator('img').count()).toBe(0);
    expect(await inShadow(badge, (root) => root.querySelectorAll('img').length)).toBe(0);
    expect(await frame.evaluate(() => document.title)).toBe('聊天记录查询');
    await page.close();
  });

  it('a vague line is flagged after the same buyer cited law, with the chain and its times; the same words from a new buyer are not', async () => {
    const { page, frame } = await openChatHistory();
    const badge = await vagueLineBadge(frame);
    await clickInShadow(badge, /疑似索赔/);
    const details = await shadowText(badge, '[role=dialog]');
    // The chain of the buyer's earlier steps, with their times: the label question, then the citation and the sum.
    expect(details).toContain('10:02');
    expect(details).toContain('10:05');
    await session().screenshot(page, 'claims-vague-after-citation');

    await showBuyer(frame, '小雨点点');
    const fresh = frame.locator('[data-seller-shield-checked]').filter({ hasText: '你看着办吧' }).filter({ hasText: '小雨点点' });
    await expect.poll(() => fresh.count(), { timeout: 10_000 }).toBe(1);
    expect(await fresh.getAttribute('data-seller-shield-checked')).toBe('none');
    expect(await badgeOf(fresh).count()).toBe(0);
    await page.close();
  });

  it('older messages loaded above are judged in conversation order: the later vague line gains its badge', async () => {
    const { page, frame } = await openChatHistory();
    await showBuyer(frame, '老顾客阿强');
    const vague = message(frame, '考虑得怎么样了');
    expect(await judged(vague)).toBe('none');
    await frame.getByRole('button', { name: '查看更早的消息' }).click();
    await expect.poll(() => vague.getAttribute('data-seller-shield-checked'), { timeout: 10_000 }).toMatch(/medium|high/);
    await expect.poll(() => badgeOf(vague).count()).toBe(1);
    expect(await frame.locator('[data-seller-shield-checked]').count()).toBe(3);
    await page.close();
  });

  it('the other page build (other CSS-module hashes, other layout) gets the same flags', async () => {
    const page = await session().open(`${demoUrls.chatHistory}?build=b`);
    const frame = await chatFrame(page);
    expect(frame.url()).toContain('/build-b/');
    expect(await frame.locator('[class*=_1fgcw_]').count()).toBe(0);
    expect(await judged(message(frame, '根据消费者权益保护法第五十五条'))).toBe('high');
    expect(['medium', 'high']).toContain(await judged(message(frame, '你看着办吧')));
    expect(await judged(message(frame, '你家这个收纳盒'))).not.toBe('high');
    const seller = frame.locator('[class*=chatRow]').filter({ hasText: '亲，标签在底部的' });
    expect(await seller.locator('[data-seller-shield-checked], [data-seller-shield-claim]').count()).toBe(0);
    await page.close();
  });

  it('"不是索赔" hides the flag and it stays dismissed after a reload', async () => {
    const page = await session().open(`${demoUrls.chatHistory}?build=b`);
    let frame = await chatFrame(page);
    const vague = message(frame, '你看着办吧');
    await judged(vague);
    await clickInShadow(badgeOf(vague), /疑似索赔/);
    await clickInShadow(badgeOf(vague), '不是索赔');
    await expect.poll(() => badgeOf(vague).count()).toBe(0);
    expect(await shadowText(vague.locator('[data-seller-shield-claim=note]'), 'button')).toBe('撤销');

    await page.reload();
    frame = await chatFrame(page);
    const again = message(frame, '你看着办吧');
    expect(['medium', 'high']).toContain(await judged(again));
    const claim = message(frame, '根据消费者权益保护法第五十五条');
    await expect.poll(() => badgeOf(claim).count()).toBe(1);
    expect(await badgeOf(again).count()).toBe(0);
    await page.close();
  });
});

describe('refund pages: the negotiation history read as a conversation', () => {
  it('legacy refund2 page: the buyer\'s demand is flagged, the seller\'s and the system\'s entries are not', async () => {
    const page = await session().open(demoUrls.refund);
    const demand = message(page, '公证购买并录音');
    expect(await judged(demand)).toBe('high');
    await expect.poll(() => badgeOf(demand).count()).toBe(1);
    expect(await page.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').count()).toBe(1);
    // Judged as a conversation: the reasons name the buyer's earlier pretext (the refund request at 20:11).
    await clickInShadow(badgeOf(demand), /疑似索赔/);
    expect(await shadowText(badgeOf(demand), '.reasons')).toContain('20:11');
    await session().screenshot(page, 'claims-refund-legacy');
    await page.close();
  });

  it('new 千牛 refund page: history rendered after load is read; "信任此买家" removes the flags until undone', async () => {
    const page = await session().open(newRefundUrl);
    const demand = message(page, '撤销举报');
    expect(await judged(demand)).toBe('high');
    const badge = badgeOf(demand);
    await clickInShadow(badge, /疑似索赔/);
    await session().screenshot(page, 'claims-refund-qn');
    await clickInShadow(badge, '信任此买家');
    await expect.poll(() => page.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]').count()).toBe(0);
    await clickInShadow(demand.locator('[data-seller-shield-claim=note]'), '撤销');
    await expect.poll(() => badgeOf(demand).count()).toBe(1);
    await page.close();
  });
});

describe('检查消息 in the side panel', () => {
  it('a conversation copied from the desktop client shows the assessment and the chain with times', async () => {
    const panel = await session().openPanel();
    await panel.getByRole('tab', { name: '检查消息' }).click();
    const pasted = [
      'tb_wang_77 2026-11-20 10:02:11',
      '你们这个枕头没有中文标签，是三无产品吧',
      '小木屋家居旗舰店:运营01 2026-11-20 10:03:30',
      '亲，标签在包装内侧',
      'tb_wang_77 2026-11-20 10:05:47',
      '按照消费者权益保护法第五十五条，应该退一赔三',
      'tb_wang_77 2026-11-20 10:09:02',
      '你看着办吧，不然我去市场监管局',
    ].join('\n');
    await panel.getByTestId('check-input').fill(pasted);
    const chain = panel.getByTestId('check-chain');
    await chain.waitFor();
    const steps = await chain.textContent();
    expect(steps).toContain('10:05');
    expect(steps).toContain('10:09');
    expect(await panel.getByTestId('check-result').locator('.check-level').getAttribute('data-level')).toMatch(/medium|high/);
    expect(await panel.locator('.check-row.from-seller').count()).toBe(1);
    expect(await panel.locator('.check-row.from-seller mark').count()).toBe(0);
    expect(await panel.locator('.check-row.from-buyer mark').count()).toBeGreaterThan(0);
    await session().screenshot(panel, 'claims-panel-check');
    await panel.close();
  });

  it('no request left this machine during the run', () => {
    expect(session().leaked()).toEqual([]);
  });
});
