import { approves } from './approval';
import { emptyHistory, type BuyerHistory, type MessageFacts, type Step } from './history';
import { judge } from './judge';
import { backedByModel } from './model-backing';
import { readMessage } from './read-message';
import type { Assessment, ChainStep, ConversationAssessment, ConversationMessage, Level, MessageContext } from './schema';

/** A buyer's conversation, judged one message at a time. */
export interface Conversation {
  /** Judges one more message in the light of the buyer's earlier ones; costs only this message. */
  add(message: ConversationMessage): Assessment;
  /** The whole conversation so far. */
  assessment(): ConversationAssessment;
}

const LEVEL_RANK: Record<Level, number> = { none: 0, low: 1, medium: 2, high: 3 };
const SELLER_REFUSAL = /不能|无法|不支持|不可以|不行|拒绝|不同意|没办法|做不到|不接受|只能退/;
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** "10:02" in Beijing time, or "第3条" when the message has no time. */
export function stepTime(step: Step): string {
  const ms = step.at ? Date.parse(step.at) : NaN;
  if (Number.isNaN(ms)) return `第${step.index + 1}条`;
  const beijing = new Date(ms + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;
}

const silent = (): Assessment => ({ level: 'none', score: 0, signals: [], amounts: [], extortion: false });

// Steps worth naming in the chain, first time each appears.
const CHAIN_GROUPS = new Set(['pretext', 'citation', 'multiplier', 'threat', 'review', 'settlement', 'amount', 'demand', 'payment', 'off-platform', 'veiled', 'bait', 'self-declared', 'evidence', 'bulk', 'escalation', 'combination']);

export function createConversation(context?: MessageContext): Conversation {
  const history: BuyerHistory = emptyHistory();
  const messages: Assessment[] = [];
  const chain: ChainStep[] = [];
  const named = new Set<string>();
  const amounts = new Set<number>();
  let top: Assessment | undefined;
  let extortion = false;

  function remember(facts: MessageFacts, step: Step): void {
    if (facts.pretext) history.pretext ??= step;
    if (facts.citation) history.citation ??= step;
    if (facts.threat) history.threat ??= step;
    if (facts.review) history.review ??= step;
    if (facts.money) history.money ??= step;
    if (facts.flagged) history.flagged ??= step;
    if (facts.bait && (!history.bait || (facts.bait === 'replica' && history.baitKind === 'question'))) {
      history.bait = step;
      history.baitKind = facts.bait;
    }
    history.maxAmount = Math.max(history.maxAmount, facts.maxAmount);
  }

  return {
    add(message) {
      const step: Step = { index: messages.length, at: message.at };
      if (message.from !== 'buyer') {
        // Seller and system messages are never flagged; a seller's refusal is context for what follows.
        if (message.from === 'seller' && SELLER_REFUSAL.test(message.text)) history.sellerRefusal = step;
        const quiet = silent();
        messages.push(quiet);
        return quiet;
      }
      const { assessment: slots, facts } = judge(readMessage(message.text), { history, context, when: stepTime });
      const assessment = backedByModel(slots, message.text);
      remember(facts, step);
      // Only while none is known, and only in a message that says nothing else: most buyers' lines cost one check at most.
      if (!history.approval && assessment.level === 'none' && !facts.pretext && approves(message.text)) history.approval = step;
      messages.push(assessment);
      for (const a of assessment.amounts) amounts.add(a);
      extortion ||= assessment.extortion;
      if (!top || assessment.score > top.score) top = assessment;
      if (assessment.level !== 'none') {
        for (const s of assessment.signals) {
          if (!CHAIN_GROUPS.has(s.group) || s.weight < 0.1 || named.has(s.id)) continue;
          named.add(s.id);
          chain.push({ signal: s.id, label: `${s.label}（${stepTime(step)}）`, messageIndex: step.index });
        }
      }
      return assessment;
    },
    assessment() {
      const level = top?.level ?? 'none';
      return {
        level,
        score: top?.score ?? 0,
        extortion,
        amounts: [...amounts],
        messages: [...messages],
        chain: LEVEL_RANK[level] >= LEVEL_RANK.medium ? [...chain] : [],
      };
    },
  };
}

/** Judges a whole conversation: each message in the light of the buyer's earlier ones. */
export function assessConversation(messages: readonly ConversationMessage[], context?: MessageContext): ConversationAssessment {
  const conversation = createConversation(context);
  for (const m of messages) conversation.add(m);
  return conversation.assessment();
}
