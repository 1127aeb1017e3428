import type { Assessment } from '@/lib/claims/claimant/schema';
import { buildTable, withModel } from '@/lib/claims/claimant/model';
import { GATES, isGateName } from './gates';

// The detector with a model sure of every message behind the slots: what `CLAIMANT_MODEL=sure` puts in place of
// lib/claims/claimant/model-backing.ts (see switch.ts). Whatever the weights, the model can raise no more than
// this: the unit suite run so shows what the gate (gate.ts) alone lets through. `CLAIMANT_GATE=name`: a candidate
// gate of gates.ts instead of the shipped one.
const sure = buildTable({ bias: 20, threshold: 0.5, grams: {} });
const name = process.env.CLAIMANT_GATE;
if (name !== undefined && !isGateName(name)) throw new Error(`CLAIMANT_GATE=${name}: no such gate in gates.ts`);
const gate = GATES[name ?? 'money-threat'];
export const backedByModel = (assessment: Assessment, text: string): Assessment => withModel(assessment, text, sure, gate);
export const MODEL_BACKING = `rules + a model sure of every message (CLAIMANT_MODEL=sure, gate ${name ?? 'money-threat'})`;
