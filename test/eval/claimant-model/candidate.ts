import type { Assessment } from '@/lib/claims/claimant/schema';
import { buildTable, withModel, type ModelWeights } from '@/lib/claims/claimant/model';
import weights from './candidate-weights.json';
import { GATES, isGateName } from './gates';

// The detector with a trial's candidate behind the slots, behind the gate its file names: what `CLAIMANT_MODEL=candidate`
// puts in place of lib/claims/claimant/model-backing.ts (see switch.ts), for the unit suite and the bench of a trial.
const file = weights as ModelWeights & { gate?: string };
const name = file.gate ?? 'money-threat';
if (!isGateName(name)) throw new Error(`candidate-weights.json names no gate of gates.ts: ${name}`);
const table = buildTable(file);
export const backedByModel = (assessment: Assessment, text: string): Assessment => withModel(assessment, text, table, GATES[name]);
export const MODEL_BACKING = `rules + the candidate model (CLAIMANT_MODEL=candidate, gate ${name}, threshold ${file.threshold})`;
