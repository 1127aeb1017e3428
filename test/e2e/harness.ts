import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startDemoServer } from '../../scripts/harness/server.mjs';
import { launchWithExtension, requestsLeavingMachine } from '../../scripts/harness/browser.mjs';

export const screenshotDir = resolve(import.meta.dirname, '../../test-results/e2e');
export const demoUrls = {
  violations: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending',
  chatHistory: 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message',
  refund: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=2001234567890',
  healthCenterTw: 'https://healthcenter.taobao.com/home/punish_history.htm?pointRange=1',
  healthHome: 'https://healthcenter.taobao.com/home/health_home.htm#/home',
  violationsCurrent: 'https://myseller.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL',
  reportEntry: 'https://seller110.taobao.com/',
  taobaoForm: 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055&itemId=763450561430',
  tmallForm: 'https://sell.publish.tmall.com/tmall/publish.htm?id=700000000001',
  taobaoItem: 'https://item.taobao.com/item.htm?id=763450561430',
  tmallItem: 'https://detail.tmall.com/item.htm?id=700000000001',
} as const;

export type Session = Awaited<ReturnType<typeof startSession>>;

/**
 * One demo server and one Chromium with the built extension. The extension is
 * not told it is being tested: same URLs, same match patterns as production.
 */
export async function startSession(options: { lang?: string; extraArgs?: string[] } = {}) {
  const server = await startDemoServer();
  const browser = await launchWithExtension({ port: server.port, ...(options.lang ? { lang: options.lang } : {}), ...(options.extraArgs ? { extraArgs: options.extraArgs } : {}) });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    ...browser,
    server,
    async open(url: string): Promise<Page> {
      const page = await browser.context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanel(): Promise<Page> {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 400, height: 900 });
      await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      return page;
    },
    async screenshot(page: Page, name: string): Promise<void> {
      await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
    },
    leaked: () => requestsLeavingMachine(browser.requests),
    /** How many entries one store of the extension's database holds, counted in its service worker. */
    storedCount(store: string): Promise<number> {
      return browser.worker.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('seller-shield');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction(name).objectStore(name).count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
        store,
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The test file's one session: started before its first test, closed after its
 * last. The returned function gives the running session inside a test.
 */
export function sessionForFile(options?: Parameters<typeof startSession>[0]): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the session starts in beforeAll: use it inside a test');
    return session;
  };
}

const chatFrameHost = 'market.m.taobao.com';

/** The chat-history page's message frame (another host, as on 千牛), once its buyer list is drawn. */
export async function chatFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(chatFrameHost)), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes(chatFrameHost))!;
  await frame.locator('[role=option]').first().waitFor();
  return frame;
}

/** The messages the extension's database holds as evidence, read in its service worker. */
export function storedEvidenceTexts(worker: Worker): Promise<string[]> {
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('seller-shield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('evidence').objectStore('evidence').getAll();
          all.onsuccess = () => resolve((all.result as Array<{ messageText: string }>).map((e) => e.messageText));
        };
      }),
  );
}
