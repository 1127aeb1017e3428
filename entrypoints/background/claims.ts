import { browser } from 'wxt/browser';
import { buyerMarks, loadSettings, markBuyer, unmarkBuyer } from '@/lib/db';
import { resolveLanguage, translator, type Translate } from '@/lib/i18n';
import type { BadgeText } from '@/lib/claim-badge';
import { Dismissal } from '@/lib/schema';
import { sellerHostPatterns } from '@/lib/sites';
import type { ClaimMarksReply, MessageOf, MessageResult } from '@/lib/messages';
import { beijingIso, type Clock } from './clock';
import { database } from './database';
import { reportFlaggedMessage, saveFlaggedEvidence } from './evidence';
import { openPanelFor } from './side-panel';

type ClaimType = 'claim/marks' | 'claim/dismiss' | 'claim/trust' | 'claim/save-evidence' | 'claim/report' | 'claim/take-selection';
type ClaimHandlers = { [T in ClaimType]: (message: MessageOf<T>, sender: unknown, clock: Clock) => Promise<MessageResult> };

const CHECK_SELECTION_MENU = 'seller-shield-check-selection';
// Held only until the side panel takes it; the seller chose it a moment ago.
let pendingSelection: string | null = null;

export const claimHandlers: ClaimHandlers = {
  'claim/marks': async (message) => {
    const db = database();
    const [marks, dismissed, settings] = await Promise.all([
      buyerMarks(db),
      db.dismissals.bulkGet(message.messageKeys),
      loadSettings(db),
    ]);
    const asked = new Set(message.buyerIds);
    const reply: ClaimMarksReply & { text: BadgeText } = {
      trusted: marks.filter((m) => m.trusted && asked.has(m.buyerId)).map((m) => m.buyerId),
      flagged: marks.filter((m) => m.flagged && asked.has(m.buyerId)).map((m) => m.buyerId),
      dismissed: dismissed.flatMap((d) => (d ? [d.messageKey] : [])),
      text: badgeText(translator(resolveLanguage(settings.language, navigator.language))),
    };
    return { ok: true, data: reply };
  },
  'claim/dismiss': async ({ messageKey, undo }, _sender, clock) => {
    const db = database();
    if (undo) await db.dismissals.delete(messageKey);
    else await db.dismissals.put(Dismissal.parse({ messageKey, dismissedAt: beijingIso(clock()) }));
    void announceMarksChanged();
    return { ok: true };
  },
  'claim/trust': async ({ buyerId, undo }, _sender, clock) => {
    const db = database();
    const mark = undo ? await unmarkBuyer(db, buyerId, 'trusted') : await markBuyer(db, buyerId, 'trusted', beijingIso(clock()));
    void announceMarksChanged();
    return { ok: true, data: mark };
  },
  // The evidence locker (evidence.ts): keep the message in its buyer's hash chain; 举报 then opens the report page.
  'claim/save-evidence': (message, _sender, clock) => saveFlaggedEvidence(message, clock),
  'claim/report': (message, _sender, clock) => reportFlaggedMessage(message, clock),
  'claim/take-selection': async () => {
    const text = pendingSelection;
    pendingSelection = null;
    return { ok: true, data: text };
  },
};

// The content script carries no dictionaries: it gets the badge's words in the seller's language here.
function badgeText(t: Translate): BadgeText {
  return {
    levelMedium: t('claimLevelMedium'),
    levelHigh: t('claimLevelHigh'),
    title: t('claimBadgeTitle'),
    reasons: t('claimReasons'),
    chain: t('claimChain'),
    quote: t('claimQuote'),
    extortion: t('claimExtortion'),
    disclaimer: t('claimDisclaimer'),
    saveEvidence: t('claimSaveEvidence'),
    report: t('claimReport'),
    dismiss: t('claimDismiss'),
    trust: t('claimTrust'),
    undo: t('claimUndo'),
    dismissed: t('claimDismissed'),
    trusted: t('claimTrusted'),
    sent: t('claimSent'),
    failed: t('claimFailed'),
    watched: t('claimWatched'),
  };
}

/** Tells every seller tab (all frames) that trust or dismissals changed. */
export async function announceMarksChanged(): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...sellerHostPatterns] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'claim/marks-changed' }).catch(() => undefined))));
}

/** "检查所选文字" on seller pages: the selection goes to the side panel's 检查消息 box. */
export function setUpCheckSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CHECK_SELECTION_MENU,
        title: translator(resolveLanguage('auto', navigator.language))('claimCheckSelection'),
        contexts: ['selection'],
        documentUrlPatterns: [...sellerHostPatterns],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || !info.selectionText) return;
    pendingSelection = info.selectionText;
    // Before any await: opening the panel needs the menu click's user gesture.
    void openPanelFor(tab?.id).catch(() => undefined);
    void browser.runtime.sendMessage({ type: 'claim/selection-ready' }).catch(() => undefined);
  });
}
