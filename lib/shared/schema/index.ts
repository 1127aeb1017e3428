export { Category, RecordStatus, ViolationRecord, ReadProblem } from './violation-record';
export {
  ShopId,
  UNKNOWN_SHOP,
  StoredRecord,
  PageTotals,
  PageRead,
  StandingSnapshot,
  Language,
  Settings,
  defaultSettings,
  BuyerMark,
  Dismissal,
  ListingDismissal,
} from './shop-data';
export {
  Sha256Hex,
  StoredSignal,
  StoredAssessment,
  EvidenceCapture,
  EvidenceEntry,
  ReportStatus,
  TrackedReport,
  buyerLabel,
} from './evidence';
export { ExportFile, EXPORT_FORMAT } from './export-file';
export { describeZodError } from './describe-error';
