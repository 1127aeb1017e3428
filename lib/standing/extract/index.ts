export { readViolationRecords, readViolationRecordsInSlices, type ReadOptions, type ReadResult } from './read';
export { describePage, describePageInSlices, pageTotals, shopFromPage, type PageSummary } from './page-summary';
export { showsRecordTable } from './shows-records';
export { hashedId as hashedRecordId, type HashedFields } from './row-id';
