import {
  createConversation, type Assessment, type ChainStep, type Conversation, type ConversationMessage, type MessageContext,
} from '@/lib/claims/claimant';

/** A conversation message with its place in the book: its own key and its buyer's. */
export type BookMessage = ConversationMessage & {
  /** Names the message across reloads (the chat reader's key). */
  key: string;
  /** The buyer whose conversation it belongs to, when known. */
  buyerId: string | null;
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
 * A stable sort by time; a message without one stays right after the message
 * before it. Same order as inserting each older message before the first later one.
 */
function inTimeOrder(messages: readonly BookMessage[]): BookMessage[] {
  let previous = '';
  const keyed = messages.map((message, index) => {
    previous = message.at ?? previous;
    return { message, at: previous, index };
  });
  keyed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index));
  return keyed.map((k) => k.message);
}

/** One buyer's thread to judge from message `from` on. */
type Judging = { thread: Thread; buyerId: string | null; from: number };

/** Judges a thread's messages from `from` on, one verdict per buyer message, as a sequence the caller may pause in. */
function* judging({ thread, buyerId, from }: Judging): Generator<Verdict | null> {
  for (let i = from; i < thread.messages.length; i++) {
    const message = thread.messages[i]!;
    const assessment = thread.conversation.add(message);
    if (message.from !== 'buyer') {
      yield null;
      continue;
    }
    const chain = thread.conversation.assessment().chain.filter((s) => s.messageIndex <= i);
    const verdict = { key: message.key, buyerId, messageIndex: i, assessment, chain };
    thread.verdicts.set(message.key, verdict);
    yield verdict;
  }
}

/** A thread new messages went into: judged from the first of them, or replayed when one is older than the thread's last. */
type Staged = Judging & { replay: boolean };

function fileIn(thread: Thread, message: BookMessage, touched: Map<Thread, Staged>): void {
  let change = touched.get(thread);
  if (!change) {
    change = { thread, buyerId: message.buyerId, from: thread.messages.length, replay: false };
    touched.set(thread, change);
  }
  const last = thread.messages[thread.messages.length - 1];
  if (last && message.at && last.at && last.at > message.at) change.replay = true;
  thread.messages.push(message);
}

/** Starts a thread's judging over (a replay, or the buyer's marks changed). */
function restart(thread: Thread, conversation: Conversation): void {
  thread.conversation = conversation;
  thread.verdicts = new Map();
}

/**
 * The buyers' conversations on a page, kept per buyer and judged incrementally:
 * a message that follows the last one costs only itself; an older one (the
 * page loaded history above) replays that buyer's conversation in time order.
 */
export function createConversationBook(contextOf: (buyerId: string | null) => MessageContext = () => ({})) {
  const threads = new Map<string, Thread>();
  const known = new Set<string>();
  const threadOfKey = new Map<string, string>();

  const judgeFrom = (work: Judging) => [...judging(work)].filter((v): v is Verdict => v !== null);

  const threadOf = (buyerId: string | null): Thread => {
    const id = buyerId ?? NO_BUYER;
    let thread = threads.get(id);
    if (!thread) {
      thread = { messages: [], conversation: createConversation(contextOf(buyerId)), verdicts: new Map() };
      threads.set(id, thread);
    }
    return thread;
  };

  /**
   * Files new messages in their buyers' threads and says what to judge: each
   * touched buyer once, from the first new message, or from the start when an
   * older one (history loaded above) put the thread back in time order.
   */
  const stage = (messages: readonly BookMessage[]): Judging[] => {
    const touched = new Map<Thread, Staged>();
    for (const message of messages) {
      if (known.has(message.key)) continue;
      known.add(message.key);
      fileIn(threadOf(message.buyerId), message, touched);
      threadOfKey.set(message.key, message.buyerId ?? NO_BUYER);
    }
    return [...touched.values()].map(({ thread, buyerId, from, replay }) => {
      if (!replay) return { thread, buyerId, from };
      thread.messages = inTimeOrder(thread.messages);
      restart(thread, createConversation(contextOf(buyerId)));
      return { thread, buyerId, from: 0 };
    });
  };

  return {
    /**
     * Adds messages (any order); returns the verdicts that are new or changed.
     * Each buyer's conversation is judged once per call: messages after the
     * last cost only themselves; older ones (history loaded above) put the
     * buyer's messages back in time order and replay them once, not once per message.
     */
    add(messages: readonly BookMessage[]): Verdict[] {
      return stage(messages).flatMap(judgeFrom);
    },
    /**
     * The same as `add`, pausing (`pause()`) after every `slice` messages
     * judged: a page that shows 10,000 messages at once is judged without
     * holding the page's main thread for the whole of it.
     */
    async addInSlices(messages: readonly BookMessage[], pause: () => Promise<void>, slice = 250): Promise<Verdict[]> {
      const changed: Verdict[] = [];
      let done = 0;
      for (const work of stage(messages)) {
        for (const verdict of judging(work)) {
          if (verdict) changed.push(verdict);
          if (++done % slice === 0) await pause();
        }
      }
      return changed;
    },
    /** Re-judges one buyer from the start (the buyer was flagged or trusted meanwhile). */
    rejudge(buyerId: string | null): Verdict[] {
      const thread = threads.get(buyerId ?? NO_BUYER);
      if (!thread) return [];
      restart(thread, createConversation(contextOf(buyerId)));
      return judgeFrom({ thread, buyerId, from: 0 });
    },
    verdictOf(key: string): Verdict | undefined {
      const id = threadOfKey.get(key);
      return id === undefined ? undefined : threads.get(id)?.verdicts.get(key);
    },
  };
}
