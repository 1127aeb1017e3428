import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';

const pagesDir = join(import.meta.dirname, '../../../test/fixtures/pages');

export const demoPages = {
  chatA: { file: 'market.m.taobao.com/im-history-search.html', url: 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/' },
  chatB: { file: 'market.m.taobao.com/im-history-search.build-b.html', url: 'https://market.m.taobao.com/app/qn/im-history-search/build-b/index.html#/' },
  refundLegacy: { file: 'refund2.taobao.com/dispute-detail.html', url: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=2001234567890' },
  refundQn: { file: 'qn.taobao.com/refund-detail.html', url: 'https://qn.taobao.com/home.htm/trade-platform/refund-list/detail?disputeId=2001234567999&type=1' },
} as const;

/** A bundled demo page with its own scripts running, as the browser would show it. */
export async function openDemoPage(page: keyof typeof demoPages) {
  const { file, url } = demoPages[page];
  const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const tab = browser.newPage();
  tab.url = url;
  tab.content = readFileSync(join(pagesDir, file), 'utf8');
  const settle = () => tab.waitUntilComplete();
  await settle();
  const window = tab.mainFrame.window;
  return { window, document: window.document as unknown as Document, settle, close: () => browser.close() };
}
