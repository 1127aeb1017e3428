export { assessMessage } from './assess-message';
export { assessConversation, createConversation, type Conversation } from './conversation';
export {
  Assessment, ChainStep, ConversationAssessment, ConversationMessage, Level, MessageContext, Signal, Speaker,
} from './schema';
export { splitPastedConversation } from './split-pasted';
