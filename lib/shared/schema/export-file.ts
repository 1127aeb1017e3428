import { z } from 'zod';
import { EvidenceEntry, TrackedReport } from './evidence';
import { BuyerMark, Dismissal, ListingDismissal, PageRead, Settings, StandingSnapshot, StoredRecord } from './shop-data';

export const EXPORT_FORMAT = 'seller-shield-data';

/** "Export everything": every table, validated whole on import. */
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  /** The database version that wrote the file. */
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime({ offset: true }),
  records: z.array(StoredRecord),
  pageReads: z.array(PageRead),
  snapshots: z.array(StandingSnapshot),
  settings: Settings.nullable(),
  buyers: z.array(BuyerMark),
  dismissals: z.array(Dismissal),
  evidence: z.array(EvidenceEntry),
  reports: z.array(TrackedReport),
  /** Since version 4; files written before it have none. */
  listingDismissals: z.array(ListingDismissal).default([]),
});
export type ExportFile = z.infer<typeof ExportFile>;
