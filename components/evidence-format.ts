import { formatBeijing, timelineTime } from '@/lib/evidence/chain';
import type { EvidenceEntry, TrackedReport } from '@/lib/shared/schema';

export const buyerLabel = (entry: Pick<EvidenceEntry, 'buyerId' | 'buyerNick'>) =>
  entry.buyerNick && entry.buyerNick !== entry.buyerId ? `${entry.buyerNick}（${entry.buyerId}）` : entry.buyerId;

export const entryTime = (entry: EvidenceEntry) => formatBeijing(timelineTime(entry));

export const shortHash = (hash: string) => hash.slice(0, 12);

/** The due date, with the estimate note right beside it when a year's holidays were missing. */
export const dueLine = (report: Pick<TrackedReport, 'followUpAt' | 'followUpEstimated' | 'followUpNote'>) =>
  `${formatBeijing(report.followUpAt)}${report.followUpEstimated && report.followUpNote ? `（${report.followUpNote}）` : ''}`;
