import { browser } from 'wxt/browser';
import {
  buyerMarkOf,
  keepEvidence,
  latestShop,
  markBuyer,
  setReportStatus,
  trackReport,
  unmarkBuyer,
} from '@/lib/store/db';
import type { Handlers, MessageOf, Result, ReplyOf } from '@/lib/protocol/messages';
import { UNKNOWN_SHOP, type EvidenceCapture, type EvidenceEntry } from '@/lib/shared/schema';
import { announceMarks, buyerChange } from './broadcast';
import { beijingIso, type Clock } from './clock';
import { database } from './database';
import { scheduleFollowUp } from './follow-up';
import { showStorageFailure, withStorageNotice } from './storage-failure';

type Saved = MessageOf<'claim/save-evidence'> | MessageOf<'claim/report'> | MessageOf<'evidence/save'>;

/** Where a message typed or pasted into the panel came from, in the report's 页面 line. */
export const MANUAL_SOURCE = '卖家盾侧边栏手动录入';

/**
 * Saves a message to its buyer's chain; saving the same message again (a
 * second click, or 举报 after 保存证据) returns the entry already kept.
 */
async function keep(message: Saved, clock: Clock): Promise<{ entry: EvidenceEntry; saved: boolean }> {
  const db = database();
  const manual = message.type === 'evidence/save';
  const capture: EvidenceCapture = {
    shop: message.shop ?? (await latestShop(db)) ?? UNKNOWN_SHOP,
    buyerId: message.buyerId,
    ...(message.buyerNick ? { buyerNick: message.buyerNick } : {}),
    ...(message.orderId ? { orderId: message.orderId } : {}),
    ...(message.orderAt ? { orderAt: message.orderAt } : {}),
    pageUrl: manual ? MANUAL_SOURCE : message.pageUrl,
    messageText: message.messageText,
    ...(message.messageAt ? { messageAt: message.messageAt } : {}),
    capturedAt: beijingIso(clock()),
    assessment: message.assessment,
    source: manual ? 'manual' : 'flagged',
  };
  const kept = await withStorageNotice(() => keepEvidence(db, capture));
  // The buyer is on the watchlist now: open pages label their next messages "此前已标记".
  if (kept.saved) void buyerMarkOf(db, capture.buyerId).then((mark) => announceMarks(buyerChange(capture.buyerId, mark)));
  return kept;
}

/** The report page for one buyer's chain: warnings and guidance first, then copy and open the entry. */
export function reportPageUrl(shop: string, buyerId: string, orderId?: string): string {
  const query = new URLSearchParams({ shop, buyer: buyerId, ...(orderId ? { order: orderId } : {}) });
  return browser.runtime.getURL(`/report.html?${query.toString()}`);
}

export async function saveFlaggedEvidence(message: MessageOf<'claim/save-evidence'>, clock: Clock): Promise<Result<ReplyOf<'claim/save-evidence'>>> {
  const { entry, saved } = await keep(message, clock);
  return { ok: true, data: { saved, seq: entry.seq, hash: entry.hash } };
}

/**
 * "举报" on a badge: every flagged message of the buyer the page showed is kept
 * as evidence first, in conversation order, so the one report for the buyer
 * holds them all; then the report page opens (it never fills the platform's form).
 */
export async function reportFlaggedMessage(message: MessageOf<'claim/report'>, clock: Clock): Promise<Result<ReplyOf<'claim/report'>>> {
  const { buyerFlagged = [], ...clicked } = message;
  for (const other of buyerFlagged) if (other.buyerId === clicked.buyerId) await keep({ ...other, type: 'claim/save-evidence' }, clock);
  const { entry } = await keep(clicked, clock);
  await browser.tabs.create({ url: reportPageUrl(entry.shop, entry.buyerId, entry.orderId) });
  return { ok: true, data: { hash: entry.hash } };
}

type EvidenceType = 'report/filed' | 'report/status' | 'buyer/watch' | 'evidence/save';
type EvidenceHandlers = Pick<Handlers<unknown, Clock>, EvidenceType>;

export const evidenceHandlers: EvidenceHandlers = {
  'report/filed': async ({ type: _type, ...filing }, _sender, clock) => {
    try {
      const now = clock();
      const report = await trackReport(database(), { ...filing, filedAt: beijingIso(now) });
      await scheduleFollowUp(now);
      return { ok: true, data: report };
    } catch (error) {
      await showStorageFailure(error);
      throw error;
    }
  },
  'report/status': async ({ id, status }, _sender, clock) => {
    const now = clock();
    const report = await withStorageNotice(() => setReportStatus(database(), id, status, beijingIso(now)));
    await scheduleFollowUp(now);
    return { ok: true, data: report };
  },
  'evidence/save': async (message, _sender, clock) => {
    const { entry, saved } = await keep(message, clock);
    return { ok: true, data: { saved, seq: entry.seq, hash: entry.hash } };
  },
  'buyer/watch': async ({ buyerId, undo }, _sender, clock) => {
    const db = database();
    const mark = await withStorageNotice(() => (undo ? unmarkBuyer(db, buyerId, 'flagged', beijingIso(clock())) : markBuyer(db, buyerId, 'flagged', beijingIso(clock()))));
    void announceMarks(buyerChange(buyerId, mark));
    return { ok: true, data: mark };
  },
};
