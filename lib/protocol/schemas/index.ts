export {
  ExtensionMessage,
  messageDefinitions,
  type MessageType,
  type MessageOf,
  type ReplyOf,
  type Result,
  type MessageResult,
} from './protocol';
export { RecordsRead, RecordsCatalogue, KindCatalogueReply } from './records';
export { WarningRequest, WarningDismiss, OpenPanel, StandingRefresh, PanelFirst, PanelFirstReply, BannerWarning } from './standing';
export { ClaimMarks, ClaimMarksReply, BadgeText, ClaimDismiss, ClaimTrust, ClaimSaveEvidence, ClaimReport, ClaimTakeSelection, EvidenceSaved } from './claims';
export { SettingsSave, DataImport, DataErase, ImportReply } from './data';
export { ReportFiled, ReportStatusSet, BuyerWatch, EvidenceSave } from './evidence';
export { Broadcast, broadcastDefinitions, type BroadcastType, type BroadcastOf } from './broadcasts';
export { refusedSender, type MessageOrigin } from './origins';
export { createMessageHandler, type Handler, type Handlers } from './handle';
export { SentAssessment, keepOddAmounts, AMOUNT_ODD_LABEL } from './assessment';
export { ListingChecked, ListingCheckedReply, ListingDismiss, ListingFinding } from './listing';
