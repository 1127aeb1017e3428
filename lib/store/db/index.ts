export { openDatabase, schemaVersions, DATABASE_NAME, type SellerShieldDb } from './database';
export { saveRecordRead, recordsOfShop, pageReadsOfShop, latestShop, type RecordRead } from './records';
export { loadSettings, saveSettings } from './settings';
export { saveEvidence, keepEvidence, evidenceOfBuyer, evidenceOfShop, verifyStoredEvidence } from './evidence';
export { markBuyer, unmarkBuyer, buyerMarkOf, buyerMarks, type BuyerMarkKind } from './buyers';
export { trackReport, setReportStatus, reportsOfShop, followUpsDue, nextFollowUp, type ReportFiling } from './reports';
export { exportAll, importAll, CURRENT_SCHEMA_VERSION, type ImportResult, type ImportCounts } from './export';
export { STORAGE_FULL_MESSAGE, guardedWrite, isQuotaError, type StorageFailure } from './storage-error';
export { holdSelection, takeSelection } from './selection';
