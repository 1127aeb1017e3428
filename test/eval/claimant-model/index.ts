import { LEVEL_THRESHOLDS } from '@/lib/claims/claimant/signal-table';
import type { Assessment, Signal } from '@/lib/claims/claimant/schema';
import { buildTable, probability, type ModelTable, type ModelWeights } from './score';
import weights from './weights.json';

export { gramsOf, keyOfGram, scanGrams, scanNormalised, MODEL_MAX_CHARS } from './features';
export { buildTable, probability, type ModelTable, type ModelWeights } from './score';

// The slots that may be backed by the model: pressure or money the reader found in the words themselves.
// A pretext, a contact or an order count alone is no claim, however claim-like the wording.
const BACKED_GROUPS: ReadonlySet<string> = new Set([
  'threat', 'review', 'demand', 'payment', 'settlement', 'amount', 'multiplier', 'citation', 'self-declared', 'veiled', 'combination',
]);

export const MODEL_SIGNAL_ID = 'model.wording';

/** What the eval prints as the detector's mode. */
export const MODEL_BACKING = `rules + the trained model (threshold ${weights.threshold}, ${Object.keys(weights.grams).length} grams)`;

let table: ModelTable | undefined;
const shipped = (): ModelTable => (table ??= buildTable(weights as ModelWeights));

/** The shipped model's probability that a message is a claimant's (the words alone, no slots). */
export const claimantProbability = (text: string): number => probability(shipped(), text);

/**
 * The rule that joins the model to the slots: a message the slots judged below medium, with at least one
 * slot of pressure or money, is raised to medium when the model's probability reaches its threshold.
 * The model never flags alone, never raises to high, never makes extortion; the slots keep the evidence.
 */
export function withModel(assessment: Assessment, text: string, model: ModelTable = shipped()): Assessment {
  if (assessment.level === 'medium' || assessment.level === 'high') return assessment;
  if (!assessment.signals.some((s) => BACKED_GROUPS.has(s.group) && s.weight > 0)) return assessment;
  const p = probability(model, text);
  if (p < model.threshold) return assessment;
  const signal: Signal = {
    id: MODEL_SIGNAL_ID, group: 'model', label: '整体措辞与已知索赔消息相近（模型判断，依据见其他标记）',
    evidence: '', start: 0, end: 0, weight: Math.round(p * 100) / 100,
  };
  return { ...assessment, level: 'medium', score: Math.max(assessment.score, LEVEL_THRESHOLDS.medium), signals: [...assessment.signals, signal] };
}
