import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { describePageInSlices, readViolationRecordsInSlices, showsRecordTable } from '@/lib/standing/extract';
import { runInSlices } from '@/lib/shared/slices';
import { isKindCatalogueReply, messagesSince, readSignatureSteps, sendToBackground, WHOLE_READ_NEEDED, type KindCatalogueReply, type MessageOf, type ReadSignature } from '@/lib/protocol/messages';
import { isBadgeNode } from '@/lib/page/claim-badge';
import { guardThisCopy, watchPage } from '@/lib/page/page-watch';
import { isBannerNode } from '@/lib/page/warning-banner';
import { recordsScope, sellerHostPatterns } from '@/lib/shared/sites';

type KindPairs = KindCatalogueReply['pairs'];

const stillLoading = /加载中/;

// The extension's own elements (the banner, the badges) never count as a page change.
const isOwnUi = (node: Node) => isBannerNode(node) || isBadgeNode(node);

/** The selected profile's (kind, category) pairs; null when the background cannot answer now. */
async function askCatalogue(): Promise<KindPairs | null> {
  const reply = await sendToBackground(browser.runtime, { type: 'records/catalogue' });
  if (!reply.ok) return null;
  return isKindCatalogueReply(reply.data) ? reply.data.pairs : null;
}

/** Each message stored as it arrives; the read counts as sent only when all were. */
async function sendAll(messages: readonly MessageOf<'records/read'>[]): Promise<'sent' | 'failed' | 'whole-read-needed'> {
  for (const message of messages) {
    const reply = await sendToBackground(browser.runtime, message);
    if (!reply.ok) return reply.error === WHOLE_READ_NEEDED ? 'whole-read-needed' : 'failed';
  }
  return 'sent';
}

/**
 * One run at a time, in order: a paging click during a read is read after it.
 * Calls during a run make one more run, never a queue of them (a ticking page, a slow 10,000-row read).
 */
function oneRunAtATime(work: () => Promise<void>, stopped: () => boolean): () => void {
  let queue: Promise<void> = Promise.resolve();
  let again = false;
  let running = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    queue = queue.then(async () => {
      do {
        again = false;
        await work().catch(() => undefined);
      } while (again && !stopped());
      running = false;
    });
  };
}

// The 千牛 shell and the legacy health center are single-page apps: the script
// runs on every seller page and reads where records can appear (records and
// health pages after each change; other seller pages only once a records table
// shows). Each read sends what the page shows now; the background merges it, so
// records from earlier pages of the list and earlier visits stay, and the shop
// the page names keeps shops apart.
export default defineContentScript({
  matches: [...sellerHostPatterns],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardThisCopy(window, browser, import.meta.env.ENTRYPOINT);
    let catalogue: KindPairs | null = null;
    let lastSent: ReadSignature | null = null;

    const readOnce = async () => {
      const scope = recordsScope(location.href);
      if (ctx.isInvalid || scope === 'none') return;
      if (scope === 'if-records-shown' && !showsRecordTable(document)) return;
      // Without the catalogue, rows the page gives no category are problems, not guesses; asked again next read.
      catalogue ??= await askCatalogue();
      const kindCatalogue = catalogue ?? [];
      // Reading, describing and comparing in slices: a 10,000-row page never holds the seller's page for a long task.
      const { records, problems } = await readViolationRecordsInSlices(document, { kindCatalogue });
      if (ctx.isInvalid) return;
      // Nothing yet, or only rows still saying 加载中…: the page will change again.
      if (records.length === 0 && problems.every((problem) => stillLoading.test(problem.reason))) return;
      const { shop, totals } = await describePageInSlices(document);
      const pageRead: MessageOf<'records/read'> = { type: 'records/read', shop, page: location.href, records, problems, ...(Object.keys(totals).length > 0 ? { totals } : {}) };
      const signature = await runInSlices(readSignatureSteps(pageRead));
      // Only what changed since the last complete send (a row added under a ticking clock is one record), else the whole read in batches.
      const messages = messagesSince(lastSent, signature, pageRead);
      if (messages.length === 0) return;
      // Until every message is stored, the next read sends the whole page again.
      lastSent = null;
      const sent = await sendAll(messages);
      if (sent === 'sent') lastSent = signature;
      // The seller erased the data since the last send: the whole page goes again now, not only what changed.
      else if (sent === 'whole-read-needed') read();
      // Otherwise not stored (the worker was restarting): the next change or visit sends it again.
    };
    const read = oneRunAtATime(readOnce, () => ctx.isInvalid);

    // The page is watched only where records can appear: elsewhere (chat, refunds)
    // its changes cost nothing.
    let stopWatching: (() => void) | null = null;
    const follow = () => {
      const onRecords = recordsScope(location.href) !== 'none';
      if (onRecords && !stopWatching) stopWatching = watchPage(document.body, read, { ignore: isOwnUi });
      if (!onRecords && stopWatching) {
        stopWatching();
        stopWatching = null;
      }
      if (onRecords) read();
    };

    follow();
    ctx.onInvalidated(() => stopWatching?.());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // The seller may have changed the rule profile since: ask again on a new page.
      catalogue = null;
      follow();
    });
  },
});
