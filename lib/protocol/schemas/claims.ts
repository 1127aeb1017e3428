import { z } from 'zod';
import { BuyerMark, Sha256Hex } from '@/lib/shared/schema';
import { SentAssessment } from './assessment';
import { define } from './define';

const BuyerId = z.string().min(1).max(200);
const MessageKey = z.string().min(1).max(400);

/** A content script asks which of its buyers the seller trusts or flagged and which flags were dismissed. */
export const ClaimMarks = z.object({
  type: z.literal('claim/marks'),
  buyerIds: z.array(BuyerId).max(2000),
  messageKeys: z.array(MessageKey).max(20_000),
});
/** The badge's words, already in the seller's language (the background picks it from the settings): content scripts carry no dictionaries. */
export const BadgeText = z.object({
  levelMedium: z.string(),
  levelHigh: z.string(),
  title: z.string(),
  reasons: z.string(),
  chain: z.string(),
  quote: z.string(),
  extortion: z.string(),
  /** The extortion warning in one line, for the popover's header. */
  extortionShort: z.string(),
  /** The fold's label: "详情：全部理由、此前步骤、原文". */
  details: z.string(),
  disclaimer: z.string(),
  saveEvidence: z.string(),
  report: z.string(),
  dismiss: z.string(),
  trust: z.string(),
  undo: z.string(),
  dismissed: z.string(),
  trusted: z.string(),
  sent: z.string(),
  failed: z.string(),
  /** "此前已标记": on a watched buyer's messages that carry no badge. Optional so older callers still fit. */
  watched: z.string().optional(),
  /** "金额异常": a sum the buyer wrote that no number holds (left out of the amounts). */
  amountOdd: z.string().optional(),
});
export type BadgeText = z.infer<typeof BadgeText>;

export const ClaimMarksReply = z.object({
  trusted: z.array(BuyerId),
  flagged: z.array(BuyerId),
  dismissed: z.array(MessageKey),
  text: BadgeText,
});
export type ClaimMarksReply = z.infer<typeof ClaimMarksReply>;

/** "不是索赔": remembered for that message; `undo` brings the flag back. */
export const ClaimDismiss = z.object({ type: z.literal('claim/dismiss'), messageKey: MessageKey, undo: z.boolean().optional() });

/** "信任此买家": no more flags for the buyer until undone. */
export const ClaimTrust = z.object({ type: z.literal('claim/trust'), buyerId: BuyerId, undo: z.boolean().optional() });

/** One flagged message as the page showed it: what "保存证据" and "举报" act on. */
const FlaggedMessage = {
  buyerId: BuyerId,
  messageKey: MessageKey,
  orderId: z.string().min(1).max(100).optional(),
  pageUrl: z.string().url().max(4000),
  messageText: z.string().min(1).max(20_000),
  messageAt: z.iso.datetime({ offset: true }).optional(),
  assessment: SentAssessment,
  /** Optional: what the page shows beyond the message; the background falls back to the shop read last. */
  shop: z.string().min(1).max(200).optional(),
  buyerNick: z.string().max(200).optional(),
  orderAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
};
export const ClaimSaveEvidence = z.object({ type: z.literal('claim/save-evidence'), ...FlaggedMessage });
/**
 * "举报" on one message: `buyerFlagged` holds every flagged message of that buyer
 * the page showed, in conversation order (the clicked one among them), all kept
 * as evidence before the one report for the buyer opens.
 */
export const ClaimReport = z.object({
  type: z.literal('claim/report'),
  ...FlaggedMessage,
  buyerFlagged: z.array(z.object(FlaggedMessage)).max(500).optional(),
});

/** The side panel asks for text the seller chose with "检查所选文字". */
export const ClaimTakeSelection = z.object({ type: z.literal('claim/take-selection') });

/** A message kept in its buyer's chain; `saved` is false when it was kept before (a second click). */
export const EvidenceSaved = z.object({ saved: z.boolean(), seq: z.number().int().positive(), hash: Sha256Hex });
/** The buyer's mark after the change; null once neither mark is left. */
const MarkReply = BuyerMark.nullable();

export const claimMessages = {
  'claim/marks': define(ClaimMarks, ClaimMarksReply, 'seller-page'),
  'claim/dismiss': define(ClaimDismiss, z.undefined(), 'seller-page'),
  'claim/trust': define(ClaimTrust, MarkReply, 'seller-page'),
  'claim/save-evidence': define(ClaimSaveEvidence, EvidenceSaved, 'seller-page'),
  'claim/report': define(ClaimReport, z.object({ hash: Sha256Hex }), 'seller-page'),
  'claim/take-selection': define(ClaimTakeSelection, z.string().nullable(), 'extension-page'),
};
