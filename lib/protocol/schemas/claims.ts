import { z } from 'zod';
import { SentAssessment } from './assessment';

const BuyerId = z.string().min(1).max(200);
const MessageKey = z.string().min(1).max(400);

/** A content script asks which of its buyers the seller trusts or flagged and which flags were dismissed. */
export const ClaimMarks = z.object({
  type: z.literal('claim/marks'),
  buyerIds: z.array(BuyerId).max(2000),
  messageKeys: z.array(MessageKey).max(20_000),
});
export const ClaimMarksReply = z.object({
  trusted: z.array(BuyerId),
  flagged: z.array(BuyerId),
  dismissed: z.array(MessageKey),
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

/** Background → extension pages: text chosen with "检查所选文字" is waiting. */
export const ClaimSelectionReady = z.object({ type: z.literal('claim/selection-ready') });

/** Background → content scripts: a buyer was trusted or a flag dismissed elsewhere; ask for the marks again. */
export const ClaimMarksChanged = z.object({ type: z.literal('claim/marks-changed') });

export const claimMessages = [ClaimMarks, ClaimDismiss, ClaimTrust, ClaimSaveEvidence, ClaimReport, ClaimTakeSelection] as const;
