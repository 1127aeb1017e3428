import { z } from 'zod';
import messagesJson from '@/test/corpus/messages.json';
import conversationsJson from '@/test/corpus/conversations.json';
import messagesHoldoutJson from '@/test/corpus/messages-holdout.json';
import conversationsHoldoutJson from '@/test/corpus/conversations-holdout.json';

export const MessageLabel = z.enum(['claimant', 'genuine', 'chat']);
export type MessageLabel = z.infer<typeof MessageLabel>;

export const CorpusMessage = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  label: MessageLabel,
  style: z.string().min(1),
  note: z.string().min(1),
});
export type CorpusMessage = z.infer<typeof CorpusMessage>;

export const ConversationTurn = z.object({
  from: z.enum(['buyer', 'seller', 'system']),
  at: z.iso.datetime({ offset: true }),
  text: z.string().min(1),
  claimant: z.boolean(),
});
export type ConversationTurn = z.infer<typeof ConversationTurn>;

export const CorpusConversation = z.object({
  id: z.string().min(1),
  label: z.enum(['claimant', 'genuine']),
  pattern: z.string().min(1),
  messages: z.array(ConversationTurn).min(3).max(12),
});
export type CorpusConversation = z.infer<typeof CorpusConversation>;

export const loadMessages = (): CorpusMessage[] => z.array(CorpusMessage).parse(messagesJson);
export const loadConversations = (): CorpusConversation[] => z.array(CorpusConversation).parse(conversationsJson);

// Held-out sets: written after the detector was first measured, reported
// separately and never tuned on (see test/corpus/README.md).
export const loadMessagesHoldout = (): CorpusMessage[] => z.array(CorpusMessage).parse(messagesHoldoutJson);
export const loadConversationsHoldout = (): CorpusConversation[] => z.array(CorpusConversation).parse(conversationsHoldoutJson);
