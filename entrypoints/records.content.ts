import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readViolationRecords, shopFromPage } from '@/lib/extract';
import { sendToBackground } from '@/lib/messages';
import { watchPage } from '@/lib/page-watch';
import { detectSellerPage } from '@/lib/sites';

// The 千牛 shell is a single-page app: the script runs on the whole shell and
// reads only while the URL is a violation-records page.
export default defineContentScript({
  matches: ['https://qn.taobao.com/*', 'https://myseller.taobao.com/*', 'https://healthcenter.taobao.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    const read = () => {
      if (ctx.isInvalid || detectSellerPage(location.href) !== 'violations') return;
      const { records, problems } = readViolationRecords(document);
      const signature = JSON.stringify([location.href, records, problems]);
      if (signature === lastSent || (records.length === 0 && problems.length === 0)) return;
      lastSent = signature;
      void sendToBackground(browser.runtime, {
        type: 'records/read',
        shop: shopFromPage(document),
        page: location.href,
        records,
        problems,
      });
    };
    read();
    const stop = watchPage(document.body, read);
    ctx.onInvalidated(stop);
    ctx.addEventListener(window, 'wxt:locationchange', read);
  },
});
