export { openDatabase, schemaVersions, DATABASE_NAME, type SellerShieldDb } from './database';
export { saveRecordRead, recordsOfShop, pageReadsOfShop, latestShop, type RecordRead } from './records';
export { loadSettings, saveSettings } from './settings';
