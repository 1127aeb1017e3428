export { readViolationRecords, type ReadOptions, type ReadResult } from './read';
export { describePage, pageTotals, shopFromPage, type PageSummary } from './page-summary';
export { showsRecordTable } from './shows-records';
