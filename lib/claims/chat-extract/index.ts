export { createMessageReader, readMessages, type ChatMessage, type ReaderOptions } from './read-messages';
export { findUnits, textOf, type MessageUnit } from './message-units';
export { pageFactsOf, sellerNamesIn, orderIdIn, type PageFacts } from './page-facts';
export { messageKeyOf } from './message-key';
export { clockOf, findStamp } from './timestamp';
