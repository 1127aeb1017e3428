// Content scripts import this module, so it holds no zod schema: the schemas
// (lib/protocol/schemas) would add zod's runtime to every seller page. Only the
// background parses messages with them; here are their types and plain functions.
export type {
  BadgeText,
  BannerWarning,
  Broadcast,
  BroadcastOf,
  BroadcastType,
  ClaimMarksReply,
  ExtensionMessage,
  Handler,
  Handlers,
  KindCatalogueReply,
  ListingCheckedReply,
  ListingFinding,
  MessageOf,
  MessageResult,
  MessageType,
  PanelFirstReply,
  ReplyOf,
  Result,
} from '@/lib/protocol/schemas';
export { sendToBackground, senderVia, type MessageRuntime, type Send } from './send';
export { onBroadcast, type MessageEvent } from './on-broadcast';
export { isKindCatalogueReply } from './kind-catalogue-reply';
export { recordBatches, RECORD_BATCH } from './record-batches';
export { messagesSince, readSignatureSteps, WHOLE_READ_NEEDED, type ReadSignature } from './record-changes';
