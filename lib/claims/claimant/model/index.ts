import { LEVEL_THRESHOLDS } from '@/lib/claims/claimant/signal-table';
import type { Assessment, Signal } from '@/lib/claims/claimant/schema';
import { buildTable, probability, type ModelTable, type ModelWeights } from './score';
import { asksMoney, modelMayRaise, threatens } from './gate';
import weights from './weights.json';

export { asksMoney, modelMayRaise, threatens } from './gate';
export { gramsOf, keyOfGram, scanGrams, scanNormalised, MODEL_MAX_CHARS } from './features';
export { buildTable, probability, type ModelTable, type ModelWeights } from './score';

export const MODEL_SIGNAL_ID = 'model.wording';
const MONEY_WORDING = '既要钱又施压，整体说法和已知的职业索赔消息很像（由训练的模型判断，依据见其他标记）';
// Only a wider gate (a trial's, test/eval/claimant-model/gates.ts) lets through a sum demanded with no threat read,
// or a threat with grounds but no money read.
const SUM_WORDING = '索要一笔钱，整体说法和已知的职业索赔消息很像（由训练的模型判断，依据见其他标记）';
const GROUNDS_WORDING = '以商品问题为由施压，整体说法和已知的职业索赔消息很像（由训练的模型判断，依据见其他标记）';
const wordingOf = (signals: readonly Signal[]): string => {
  if (!signals.some(asksMoney)) return GROUNDS_WORDING;
  return signals.some(threatens) ? MONEY_WORDING : SUM_WORDING;
};

/** What the eval prints as the detector's mode. */
export const MODEL_BACKING = `rules + the trained model (threshold ${weights.threshold}, ${Object.keys(weights.grams).length} grams)`;

let table: ModelTable | undefined;
const shipped = (): ModelTable => (table ??= buildTable(weights as ModelWeights));

/** The shipped model's probability that a message is a claimant's (the words alone, no slots). */
export const claimantProbability = (text: string): number => probability(shipped(), text);

/**
 * The rule that joins the model to the slots: a message the slots judged below medium, asking for money and
 * pressing for it (./gate.ts), is raised to medium when the model's probability reaches its threshold.
 * The model never flags alone, never raises to high, never makes extortion; the slots keep the evidence.
 * (`gate`: a trial's candidate gate, test/eval/claimant-model/gates.ts; the extension ships ./gate.ts.)
 */
export function withModel(assessment: Assessment, text: string, model: ModelTable = shipped(), gate: (a: Assessment) => boolean = modelMayRaise): Assessment {
  if (!gate(assessment)) return assessment;
  const p = probability(model, text);
  if (p < model.threshold) return assessment;
  const signal: Signal = {
    id: MODEL_SIGNAL_ID, group: 'model', label: wordingOf(assessment.signals),
    evidence: '', start: 0, end: 0, weight: Math.round(p * 100) / 100,
  };
  return { ...assessment, level: 'medium', score: Math.max(assessment.score, LEVEL_THRESHOLDS.medium), signals: [...assessment.signals, signal] };
}
