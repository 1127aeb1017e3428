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
