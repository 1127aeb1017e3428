import { createConversation, type Assessment, type ChainStep, type Conversation, type MessageContext } from '@/lib/claimant';

export type BookMessage = {
  key: string;
  from: 'buyer' | 'seller' | 'system';
  buyerId: string | null;
  at?: string;
  text: string;
};

/** What the page shows for one buyer message: its assessment in the light of the buyer's earlier ones. */
export type Verdict = {
  key: string;
  buyerId: string | null;
  assessment: Assessment;
  /** Where the message stands in its buyer's conversation (seller and system messages counted). */
  messageIndex: number;
  /** The conversation's steps up to and including this message, each label with its time. */
  chain: ChainStep[];
};

type Thread = { messages: BookMessage[]; conversation: Conversation; verdicts: Map<string, Verdict> };

const NO_BUYER = '\u0000';

/**
 * The buyers' conversations on a page, kept per buyer and judged incrementally:
 * a message that follows the last one costs only itself; an older one (the
 * page loaded history above) replays that buyer's conversation in time order.
 */
export function createConversationBook(contextOf: (buyerId: string | null) => MessageContext = () => ({})) {
  const threads = new Map<string, Thread>();
  const known = new Set<string>();

  const judgeFrom = (thread: Thread, buyerId: string | null, from: number) => {
    const changed: Verdict[] = [];
    for (let i = from; i < thread.messages.length; i++) {
      const message = thread.messages[i]!;
      const assessment = thread.conversation.add({ text: message.text, from: message.from, ...(message.at ? { at: message.at } : {}) });
      if (message.from !== 'buyer') continue;
      const chain = thread.conversation.assessment().chain.filter((s) => s.messageIndex <= i);
      const verdict = { key: message.key, buyerId, messageIndex: i, assessment, chain };
      thread.verdicts.set(message.key, verdict);
      changed.push(verdict);
    }
    return changed;
  };

  return {
    /** Adds messages (any order); returns the verdicts that are new or changed. */
    add(messages: readonly BookMessage[]): Verdict[] {
      const changed = new Map<string, Verdict>();
      for (const message of messages) {
        if (known.has(message.key)) continue;
        known.add(message.key);
        const id = message.buyerId ?? NO_BUYER;
        let thread = threads.get(id);
        if (!thread) {
          thread = { messages: [], conversation: createConversation(contextOf(message.buyerId)), verdicts: new Map() };
          threads.set(id, thread);
        }
        const last = thread.messages[thread.messages.length - 1];
        const inOrder = !last || !message.at || !last.at || last.at <= message.at;
        if (inOrder) {
          thread.messages.push(message);
          for (const v of judgeFrom(thread, message.buyerId, thread.messages.length - 1)) changed.set(v.key, v);
        } else {
          const at = message.at!;
          const index = thread.messages.findIndex((m) => m.at !== undefined && m.at > at);
          thread.messages.splice(index, 0, message);
          thread.conversation = createConversation(contextOf(message.buyerId));
          thread.verdicts = new Map();
          for (const v of judgeFrom(thread, message.buyerId, 0)) changed.set(v.key, v);
        }
      }
      return [...changed.values()];
    },
    /** Re-judges one buyer from the start (the buyer was flagged or trusted meanwhile). */
    rejudge(buyerId: string | null): Verdict[] {
      const thread = threads.get(buyerId ?? NO_BUYER);
      if (!thread) return [];
      thread.conversation = createConversation(contextOf(buyerId));
      thread.verdicts = new Map();
      return judgeFrom(thread, buyerId, 0);
    },
    verdictOf(key: string): Verdict | undefined {
      for (const thread of threads.values()) {
        const found = thread.verdicts.get(key);
        if (found) return found;
      }
      return undefined;
    },
  };
}
