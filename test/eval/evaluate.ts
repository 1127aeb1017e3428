import type { Assessment, ConversationAssessment } from '@/lib/claims/claimant';
import type { CorpusConversation, CorpusMessage } from './corpus';
import { assessConversation, assessMessage } from './detector';
import { confusionTable, scoreBinary, type BinaryScores, type Level } from './metrics';

export interface MessageOutcome {
  item: CorpusMessage;
  assessment: Assessment;
}

export interface ConversationOutcome {
  item: CorpusConversation;
  assessment: ConversationAssessment;
}

export interface MessageEvaluation {
  outcomes: MessageOutcome[];
  scores: BinaryScores;
  confusion: Map<string, Record<Level, number>>;
}

export interface ConversationEvaluation {
  outcomes: ConversationOutcome[];
  scores: BinaryScores;
  confusion: Map<string, Record<Level, number>>;
  /** Buyer messages judged inside their conversation against the per-message `claimant` marks. */
  buyerMessageScores: BinaryScores;
}

export function evaluateMessages(items: readonly CorpusMessage[]): MessageEvaluation {
  const outcomes = items.map((item) => ({ item, assessment: assessMessage(item.text) }));
  const judged = outcomes.map(({ item, assessment }) => ({ label: item.label, positive: item.label === 'claimant', level: assessment.level }));
  return { outcomes, scores: scoreBinary(judged), confusion: confusionTable(judged) };
}

/** Undefined while `assessConversation` is not exported yet. */
export function evaluateConversations(items: readonly CorpusConversation[]): ConversationEvaluation | undefined {
  if (!assessConversation) return undefined;
  const assess = assessConversation;
  const outcomes = items.map((item) => ({
    item,
    assessment: assess(item.messages.map(({ from, text, at }) => ({ from, text, at }))),
  }));
  const judged = outcomes.map(({ item, assessment }) => ({ label: item.label, positive: item.label === 'claimant', level: assessment.level }));
  const buyerMessages = outcomes.flatMap(({ item, assessment }) =>
    item.messages.flatMap((turn, index) => {
      const level = assessment.messages[index]?.level;
      return turn.from === 'buyer' && level ? [{ positive: turn.claimant, level }] : [];
    }),
  );
  return {
    outcomes,
    scores: scoreBinary(judged),
    confusion: confusionTable(judged),
    buyerMessageScores: scoreBinary(buyerMessages),
  };
}
