export {
  ExtensionMessage,
  RecordsRead,
  PageSeen,
  WarningRequest,
  OpenPanel,
  WarningDismiss,
  StandingRefresh,
  PanelFirst,
  type PanelFirstReply,
  BannerWarning,
  WarningChanged,
  describeInvalid,
  type MessageOf,
  type MessageResult,
} from './protocol';
export {
  ClaimMarks, ClaimMarksReply, ClaimDismiss, ClaimTrust, ClaimSaveEvidence, ClaimReport, ClaimTakeSelection,
  ClaimSelectionReady, ClaimMarksChanged,
} from './claims';
export { ReportFiled, ReportStatusSet, BuyerWatch, EvidenceSave } from './evidence';
export { RecordsCatalogue, KindCatalogueReply } from './records';
export { messageOrigins, refusedSender, type MessageOrigin } from './origins';
export { SentAssessment, keepOddAmounts, AMOUNT_ODD_LABEL } from './assessment';
export { ListingChecked, ListingCheckedReply, ListingDismiss, ListingDismissalsChanged, ListingFinding } from './listing';
