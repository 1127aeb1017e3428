import { browser } from 'wxt/browser';
import { buyerMarks, dismissedAmong, holdSelection, loadSettings, markBuyer, setDismissal, takeSelection, unmarkBuyer } from '@/lib/store/db';
import { resolveLanguage, translator, type Translate } from '@/lib/shared/i18n';
import { sellerHostPatterns } from '@/lib/shared/sites';
import type { BadgeText, ClaimMarksReply, Handlers } from '@/lib/protocol/messages';
import { announceMarks, buyerChange, tellExtensionPages } from './broadcast';
import { beijingIso, type Clock } from './clock';
import { database } from './database';
import { reportFlaggedMessage, saveFlaggedEvidence } from './evidence';
import { openPanelFor } from './side-panel';
import { withStorageNotice } from './storage-failure';

type ClaimType = 'claim/marks' | 'claim/dismiss' | 'claim/trust' | 'claim/save-evidence' | 'claim/report' | 'claim/take-selection';
type ClaimHandlers = Pick<Handlers<unknown, Clock>, ClaimType>;

const CHECK_SELECTION_MENU = 'seller-shield-check-selection';

export const claimHandlers: ClaimHandlers = {
  'claim/marks': async (message) => {
    const db = database();
    const [marks, dismissed, settings] = await Promise.all([
      buyerMarks(db),
      dismissedAmong(db, message.messageKeys),
      loadSettings(db),
    ]);
    const asked = new Set(message.buyerIds);
    const reply: ClaimMarksReply = {
      trusted: marks.filter((m) => m.trusted && asked.has(m.buyerId)).map((m) => m.buyerId),
      flagged: marks.filter((m) => m.flagged && asked.has(m.buyerId)).map((m) => m.buyerId),
      dismissed,
      text: badgeText(translator(resolveLanguage(settings.language, navigator.language))),
    };
    return { ok: true, data: reply };
  },
  'claim/dismiss': async ({ messageKey, undo }, _sender, clock) => {
    await withStorageNotice(() => setDismissal(database(), messageKey, undo === true, beijingIso(clock())));
    void announceMarks({ dismissal: { messageKey, dismissed: undo !== true } });
    return { ok: true };
  },
  'claim/trust': async ({ buyerId, undo }, _sender, clock) => {
    const db = database();
    const mark = await withStorageNotice(() => (undo ? unmarkBuyer(db, buyerId, 'trusted', beijingIso(clock())) : markBuyer(db, buyerId, 'trusted', beijingIso(clock()))));
    void announceMarks(buyerChange(buyerId, mark));
    return { ok: true, data: mark };
  },
  // The evidence locker (evidence.ts): keep the message in its buyer's hash chain; 举报 then opens the report page.
  'claim/save-evidence': (message, _sender, clock) => saveFlaggedEvidence(message, clock),
  'claim/report': (message, _sender, clock) => reportFlaggedMessage(message, clock),
  'claim/take-selection': async () => ({ ok: true, data: await takeSelection(database()) }),
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
    extortionShort: t('claimExtortionShort'),
    details: t('claimDetails'),
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
    amountOdd: t('claimAmountOdd'),
  };
}


/** "检查所选文字" on seller pages: the selection goes to the side panel's 检查消息 box. */
export function setUpCheckSelectionMenu(more: () => void = () => undefined): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: CHECK_SELECTION_MENU,
        title: translator(resolveLanguage('auto', navigator.language))('claimCheckSelection'),
        contexts: ['selection'],
        documentUrlPatterns: [...sellerHostPatterns],
      });
      // The other menus are created after the one removeAll, or it could remove them.
      more();
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || !info.selectionText) return;
    // Before any await: opening the panel needs the menu click's user gesture.
    void openPanelFor(tab?.id).catch(() => undefined);
    const text = info.selectionText;
    // Kept in the database (the worker may stop before the panel asks); the panel is told once it is there.
    void withStorageNotice(() => holdSelection(database(), text))
      .then(() => tellExtensionPages({ type: 'claim/selection-ready' }))
      .catch(() => undefined);
  });
}
