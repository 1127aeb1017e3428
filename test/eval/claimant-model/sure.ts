import type { Assessment } from '@/lib/claims/claimant/schema';
import { buildTable, withModel } from '@/lib/claims/claimant/model';

// The detector with a model sure of every message behind the slots: what `CLAIMANT_MODEL=sure` puts in place of
// lib/claims/claimant/model-backing.ts (see switch.ts). Whatever the weights, the model can raise no more than
// this: the unit suite run so shows what the gate (gate.ts) alone lets through.
const sure = buildTable({ bias: 20, threshold: 0.5, grams: {} });
export const backedByModel = (assessment: Assessment, text: string): Assessment => withModel(assessment, text, sure);
export const MODEL_BACKING = 'rules + a model sure of every message (CLAIMANT_MODEL=sure)';
