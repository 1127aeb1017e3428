import { timelineTime } from '@/lib/evidence/chain';
import { formatBeijing } from '@/lib/shared/time';
import type { EvidenceEntry, TrackedReport } from '@/lib/shared/schema';

export { buyerLabel } from '@/lib/shared/schema';

export const entryTime = (entry: EvidenceEntry) => formatBeijing(timelineTime(entry));

export const shortHash = (hash: string) => hash.slice(0, 12);

/** The due date, with the estimate note right beside it when a year's holidays were missing. */
export const dueLine = (report: Pick<TrackedReport, 'followUpAt' | 'followUpEstimated' | 'followUpNote'>) =>
  `${formatBeijing(report.followUpAt)}${report.followUpEstimated && report.followUpNote ? `（${report.followUpNote}）` : ''}`;
