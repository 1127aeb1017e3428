import { approves } from './approval';
import { emptyHistory, type BuyerHistory, type MessageFacts, type Step } from './history';
import { judge, levelOf } from './judge';
import { backedByModel } from './model-backing';
import { readMessage } from './read-message';
import { withoutOtherSide } from './other-side';
import type { Finding } from './read-message';
import type { Assessment, ChainStep, ConversationAssessment, ConversationMessage, Level, MessageContext } from './schema';
import { askedBackOnly, emptyTurnMemory, rememberTurn, turnFinding, turnSlots } from './turns';

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

/** A line raised by what the buyer's earlier lines make of it: the cross-turn finding shown, its weight the score. */
function raised(assessment: Assessment, f: Finding, text: string): Assessment {
  const signal = { id: f.id, group: f.group, label: f.label, evidence: text.slice(f.start, f.end), start: f.start, end: f.end, weight: f.weight };
  return { ...assessment, score: f.weight, level: levelOf(f.weight), signals: [...assessment.signals, signal] };
}

const silent = (): Assessment => ({ level: 'none', score: 0, signals: [], amounts: [], extortion: false });

// Steps worth naming in the chain, first time each appears.
const CHAIN_GROUPS = new Set(['pretext', 'citation', 'multiplier', 'threat', 'review', 'settlement', 'amount', 'demand', 'payment', 'off-platform', 'veiled', 'bait', 'self-declared', 'evidence', 'bulk', 'escalation', 'combination']);

/** Adds what one buyer's line did to the history later lines are judged against. */
function remember(history: BuyerHistory, facts: MessageFacts, step: Step): void {
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

export function createConversation(context?: MessageContext): Conversation {
  const history: BuyerHistory = emptyHistory();
  const turns = emptyTurnMemory();
  const messages: Assessment[] = [];
  const chain: ChainStep[] = [];
  const named = new Set<string>();
  const amounts = new Set<number>();
  let top: Assessment | undefined;
  let extortion = false;

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
      const reading = readMessage(message.text);
      // What the buyer's earlier lines make of this one, read from the slots each line fills (./turn-table.ts).
      const filled = turnSlots(withoutOtherSide(reading));
      const askedBack = askedBackOnly(turns, filled);
      const { assessment: slots, facts } = judge(reading, { history: askedBack ? undefined : history, context, when: stepTime });
      const backed = backedByModel(slots, message.text);
      const turn = askedBack ? undefined : turnFinding(turns, filled, { refusal: history.sellerRefusal, flagged: history.flagged, when: stepTime });
      const assessment = turn && turn.weight > backed.score ? raised(backed, turn, message.text) : backed;
      rememberTurn(turns, filled, step, assessment.level !== 'none');
      // The price asked back is no money asked for: a complaint after it is a refund's dispute, not pressure for money.
      const money = facts.money && !askedBack;
      remember(history, { ...facts, money, maxAmount: askedBack ? 0 : facts.maxAmount, flagged: facts.flagged || LEVEL_RANK[assessment.level] >= LEVEL_RANK.medium }, step);
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
