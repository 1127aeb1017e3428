export { assessMessage } from './assess-message';
export { assessConversation, createConversation, type Conversation } from './conversation';
// Types only: the schemas (checked against in this module's tests) would bring
// zod's runtime into the content script that flags buyer messages.
export type {
  Assessment, ChainStep, ConversationAssessment, ConversationMessage, Level, MessageContext, Signal, Speaker,
} from './schema';
export { splitPastedConversation } from './split-pasted';
