import { LEVEL_THRESHOLDS } from '@/lib/claims/claimant/signal-table';
import type { Assessment, Signal } from '@/lib/claims/claimant/schema';
import { buildTable, probability, type ModelTable, type ModelWeights } from './score';
import { modelMayRaise } from './gate';
import weights from './weights.json';

export { modelMayRaise } from './gate';
export { gramsOf, keyOfGram, scanGrams, scanNormalised, MODEL_MAX_CHARS } from './features';
export { buildTable, probability, type ModelTable, type ModelWeights } from './score';

export const MODEL_SIGNAL_ID = 'model.wording';

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
 */
export function withModel(assessment: Assessment, text: string, model: ModelTable = shipped()): Assessment {
  if (!modelMayRaise(assessment)) return assessment;
  const p = probability(model, text);
  if (p < model.threshold) return assessment;
  const signal: Signal = {
    id: MODEL_SIGNAL_ID, group: 'model', label: '既要钱又施压，整体说法和已知的职业索赔消息很像（由训练的模型判断，依据见其他标记）',
    evidence: '', start: 0, end: 0, weight: Math.round(p * 100) / 100,
  };
  return { ...assessment, level: 'medium', score: Math.max(assessment.score, LEVEL_THRESHOLDS.medium), signals: [...assessment.signals, signal] };
}
