import type { EvidenceEntry } from '@/lib/schema';
import { extortionGuidance } from './guidance';
import { REPORT_ENTRY_URL } from './report-entry';
import { sixMonthCheck, type SixMonthCheck } from './six-months';
import { reportOrderIds, reportSummary } from './summary';

export type ReportPlan = {
  url: string;
  /** For the clipboard. */
  summary: string;
  orderIds: string[];
  evidenceHashes: string[];
  /** One per order whose date is known; the ones with `warning` are older than 6 months. */
  orderAges: SixMonthCheck[];
  /** Police guidance when a message was assessed as extortion. */
  guidance: string | null;
};

/** Everything the "举报" button shows and copies before opening the entry (never fills or submits the form). */
export function prepareReport(input: {
  shop: string;
  entries: readonly EvidenceEntry[];
  orderIds?: readonly string[];
  orderDates?: Readonly<Record<string, string>>;
  today: Date | string;
}): ReportPlan {
  const orderIds = reportOrderIds(input);
  return {
    url: REPORT_ENTRY_URL,
    summary: reportSummary(input),
    orderIds,
    evidenceHashes: input.entries.map((x) => x.hash),
    orderAges: orderIds.flatMap((id) => {
      const date = input.orderDates?.[id];
      return date ? [sixMonthCheck(id, date, input.today)] : [];
    }),
    guidance: extortionGuidance(input.entries),
  };
}
