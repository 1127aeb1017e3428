import { followUpDue } from '@/lib/evidence/reports';
import { TrackedReport, type ReportStatus } from '@/lib/shared/schema';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

export type ReportFiling = {
  shop: string;
  buyerId: string;
  buyerNick?: string;
  orderIds: string[];
  evidenceHashes: string[];
  filedAt: string;
  id?: string;
};

/** Starts tracking a report the seller filed; the follow-up is due 2 working days later. */
export function trackReport(db: SellerShieldDb, filing: ReportFiling): Promise<TrackedReport> {
  const due = followUpDue(filing.filedAt);
  const { id, ...rest } = filing;
  const report = TrackedReport.parse({
    ...rest,
    id: id ?? crypto.randomUUID(),
    status: 'pending',
    statusAt: filing.filedAt,
    followUpAt: due.dueAt,
    followUpEstimated: due.estimated,
    ...(due.note ? { followUpNote: due.note } : {}),
  });
  return guardedWrite(async () => {
    await db.reports.add(report);
    return report;
  });
}

/** The seller records the platform's answer (or sets it back to pending). */
export function setReportStatus(db: SellerShieldDb, id: string, status: ReportStatus, at: string): Promise<TrackedReport> {
  return guardedWrite(() =>
    db.transaction('rw', db.reports, async () => {
      const before = await db.reports.get(id);
      if (!before) throw new Error(`没有这条举报记录：${id}`);
      const after = TrackedReport.parse({ ...before, status, statusAt: at });
      await db.reports.put(after);
      return after;
    }),
  );
}

const instant = (iso: string) => Date.parse(iso);

export async function reportsOfShop(db: SellerShieldDb, shop: string): Promise<TrackedReport[]> {
  const rows = await db.reports.where('shop').equals(shop).toArray();
  return rows.sort((a, b) => instant(a.filedAt) - instant(b.filedAt));
}

/** Pending reports whose follow-up time has come: what the reminder notification lists. */
export async function followUpsDue(db: SellerShieldDb, now: Date): Promise<TrackedReport[]> {
  const pending = await db.reports.where('status').equals('pending').toArray();
  return pending
    .filter((report) => instant(report.followUpAt) <= now.getTime())
    .sort((a, b) => instant(a.followUpAt) - instant(b.followUpAt));
}

/** The earliest pending follow-up still ahead of `now`, for scheduling the next alarm. */
export async function nextFollowUp(db: SellerShieldDb, now: number): Promise<TrackedReport | undefined> {
  const pending = await db.reports.where('status').equals('pending').toArray();
  return pending.filter((report) => instant(report.followUpAt) > now).sort((a, b) => instant(a.followUpAt) - instant(b.followUpAt))[0];
}

/** Every tracked report, the one filed last first: the panel's list. */
export async function reportsNewestFirst(db: SellerShieldDb): Promise<TrackedReport[]> {
  return (await db.reports.toArray()).sort((a, b) => instant(b.filedAt) - instant(a.filedAt));
}
