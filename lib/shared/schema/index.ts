export { Category, RecordStatus, ViolationRecord, ReadProblem } from './violation-record';
export {
  ShopId,
  StoredRecord,
  PageTotals,
  PageRead,
  StandingSnapshot,
  Language,
  Settings,
  defaultSettings,
  BuyerMark,
  Dismissal,
} from './shop-data';
export {
  Sha256Hex,
  StoredSignal,
  StoredAssessment,
  EvidenceCapture,
  EvidenceEntry,
  ReportStatus,
  TrackedReport,
} from './evidence';
export { ExportFile, EXPORT_FORMAT } from './export-file';
export { describeZodError } from './describe-error';
