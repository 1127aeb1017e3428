import { z } from 'zod';
import { BuyerMark, ReportStatus, Sha256Hex, ShopId, TrackedReport } from '@/lib/shared/schema';
import { SentAssessment } from './assessment';
import { EvidenceSaved } from './claims';
import { define } from './define';

const BuyerId = z.string().min(1).max(200);

/** The seller opened the report entry from the report page: track the report and schedule its follow-up. */
export const ReportFiled = z.object({
  type: z.literal('report/filed'),
  shop: ShopId,
  buyerId: BuyerId,
  buyerNick: z.string().max(200).optional(),
  orderIds: z.array(z.string().min(1).max(100)).max(200),
  evidenceHashes: z.array(Sha256Hex).max(5000),
});

/** The seller records the platform's answer (举报记录) for a tracked report. */
export const ReportStatusSet = z.object({ type: z.literal('report/status'), id: z.string().min(1).max(100), status: ReportStatus });

/** "加入关注" / "移出关注" in the panel's watchlist: the buyer's future messages carry "此前已标记". */
export const BuyerWatch = z.object({ type: z.literal('buyer/watch'), buyerId: BuyerId, undo: z.boolean().optional() });

/** "手动保存" in the panel: any message (e.g. one from the 千牛 desktop client), with the panel's assessment of it. */
export const EvidenceSave = z.object({
  type: z.literal('evidence/save'),
  shop: ShopId.optional(),
  buyerId: BuyerId,
  buyerNick: z.string().max(200).optional(),
  orderId: z.string().min(1).max(100).optional(),
  orderAt: z.iso.date().optional(),
  messageText: z.string().min(1).max(20_000),
  messageAt: z.iso.datetime({ offset: true }).optional(),
  assessment: SentAssessment,
});

export const evidenceMessages = {
  'report/filed': define(ReportFiled, TrackedReport, 'extension-page'),
  'report/status': define(ReportStatusSet, TrackedReport, 'extension-page'),
  'buyer/watch': define(BuyerWatch, BuyerMark.nullable(), 'extension-page'),
  'evidence/save': define(EvidenceSave, EvidenceSaved, 'extension-page'),
};
