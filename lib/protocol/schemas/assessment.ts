import { z } from 'zod';
import { StoredAssessment } from '@/lib/shared/schema';

/** The reason line a saved message gets when the detector's amounts could not be kept as numbers. */
export const AMOUNT_ODD_LABEL = '金额异常';

const keptAmount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * A buyer can write a sum no number holds ("赔我5" + "亿"×40 + "元" reads as
 * Infinity, which arrives here as null). Refusing the message would lose the
 * evidence: such amounts are left out and the assessment says so, with
 * "金额异常" among its reasons. Anything else odd is still refused by the schema.
 */
export function keepOddAmounts(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const assessment = raw as { amounts?: unknown; signals?: unknown; score?: unknown };
  if (!Array.isArray(assessment.amounts)) return raw;
  const odd = assessment.amounts.filter((x) => !keptAmount(x)).length;
  const score = typeof assessment.score === 'number' && !Number.isNaN(assessment.score) ? Math.min(1, Math.max(0, assessment.score)) : assessment.score;
  if (odd === 0) return { ...assessment, score };
  const note = { id: 'amount-odd', group: 'amount', label: AMOUNT_ODD_LABEL, evidence: `${odd} 个金额超出可计算范围，未计入金额`, start: 0, end: 0, weight: 0 };
  return {
    ...assessment,
    score,
    amounts: assessment.amounts.filter(keptAmount),
    signals: [...(Array.isArray(assessment.signals) ? assessment.signals : []), note],
  };
}

/** The assessment as a seller page or the panel sends it: the stored shape, odd amounts labelled instead of refused. */
export const SentAssessment = z.preprocess(keepOddAmounts, StoredAssessment);
