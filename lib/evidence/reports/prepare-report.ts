import { formatDate } from '@/lib/shared/time';
import type { EvidenceEntry } from '@/lib/shared/schema';
import { parseDay } from './calendar-date';
import { extortionGuidance } from './guidance';
import { REPORT_ENTRY_URL } from '@/lib/shared/sites';
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

/** Order dates the saved messages' pages showed, as Beijing dates. */
function ordersDatedOnPage(entries: readonly EvidenceEntry[]): Array<[string, string]> {
  return entries.flatMap((x) => (x.orderId && x.orderAt ? [[x.orderId, formatDate(parseDay(x.orderAt))] as [string, string]] : []));
}

/** Everything the "举报" button shows and copies before opening the entry (never fills or submits the form). */
export function prepareReport(input: {
  shop: string;
  entries: readonly EvidenceEntry[];
  orderIds?: readonly string[];
  /** Order dates the seller gave, by order id; they win over dates saved with the messages. */
  orderDates?: Readonly<Record<string, string>>;
  today: Date | string;
}): ReportPlan {
  const orderIds = reportOrderIds(input);
  // A Map, not an object: order ids come from pages and the seller, and "constructor" or "__proto__" is just an id.
  const orderDates = new Map([...ordersDatedOnPage(input.entries), ...Object.entries(input.orderDates ?? {})]);
  return {
    url: REPORT_ENTRY_URL,
    summary: reportSummary({ ...input, orderDates }),
    orderIds,
    evidenceHashes: input.entries.map((x) => x.hash),
    orderAges: orderIds.flatMap((id) => {
      const date = orderDates.get(id);
      return date ? [sixMonthCheck(id, date, input.today)] : [];
    }),
    guidance: extortionGuidance(input.entries),
  };
}
