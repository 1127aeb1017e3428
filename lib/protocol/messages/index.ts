// Content scripts import this module, so it holds no zod schema: the schemas
// (lib/protocol/schemas) would add zod's runtime to every seller page. Only the
// background parses messages with them; here are their types and plain functions.
export type {
  BannerWarning,
  ClaimMarksReply,
  ExtensionMessage,
  KindCatalogueReply,
  ListingCheckedReply,
  ListingFinding,
  MessageOf,
  MessageResult,
  PanelFirstReply,
} from '@/lib/protocol/schemas';
export { sendToBackground, type MessageRuntime } from './send';
export { isKindCatalogueReply } from './kind-catalogue-reply';
export { recordBatches, RECORD_BATCH } from './record-batches';
export { isListingCheckedReply } from './listing';
