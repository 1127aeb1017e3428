export { assessMessage } from './assess-message';
export {
  Assessment, ChainStep, ConversationAssessment, ConversationMessage, Level, MessageContext, Signal, Speaker,
} from './schema';
