export { createConversationBook, type BookMessage, type Verdict } from './conversation-book';
