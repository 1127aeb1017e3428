import { CONCEPT_RULES, type Concept } from '@/lib/claims/claimant/concept-table';
import type { Assessment, Signal } from '@/lib/claims/claimant/schema';

// Which messages the model may raise (third trial, README.md): those the slots left below medium although they
// read in them both money asked for and a threat pressing for it. The rules' explicit "not a claim" decisions stand:
// a bare "要求赔偿" (money, no threat), a threat that asks for nothing (the judge's "no claim without money"), the
// shop's demand told in a review (the judge drops it before the signals) and a review that names money and a bad
// review ("客服说删除差评就给我转账20元") never reach the model. Ordinary messages cost nothing: no signals, no model.

const MONEY_GROUPS: ReadonlySet<string> = new Set(['amount', 'multiplier', 'payment', 'demand']);
const MONEY_IDS: ReadonlySet<string> = new Set(['settlement.price', 'settlement.fee', 'settlement.private']);
const MONEY_CONCEPTS: readonly Concept[] = ['money', 'compensation', 'others-paid'];
// The concept rules that read money (a payment word the phrase table lacks, such as 打款, shows only through them).
const MONEY_RULES: ReadonlySet<string> = new Set(CONCEPT_RULES
  .filter((r) => r.sum === true || [...r.all, ...(r.any ?? [])].some((c) => MONEY_CONCEPTS.includes(c))).map((r) => r.id));
/** A threat to the shop itself: complaint, regulator, law, police, media, penalty; a law cited; veiled; self-declared; withdrawal offered. */
const THREAT_GROUPS: ReadonlySet<string> = new Set(['threat', 'citation', 'veiled', 'self-declared']);

/** A slot of money asked for (the gate's first half). */
export const asksMoney = (s: Signal): boolean => s.weight > 0 && (MONEY_GROUPS.has(s.group) || MONEY_IDS.has(s.id) || MONEY_RULES.has(s.id));
/** A slot of a threat to the shop (the gate's second half). */
export const threatens = (s: Signal): boolean => s.weight > 0 && (THREAT_GROUPS.has(s.group) || s.id === 'settlement.withdraw');

/** Whether the model may back this assessment: below medium, with money asked for and a threat, both read by the slots. */
export function modelMayRaise(assessment: Assessment): boolean {
  if (assessment.level === 'medium' || assessment.level === 'high') return false;
  return assessment.signals.some(asksMoney) && assessment.signals.some(threatens);
}
