import type { Assessment } from './schema';

/**
 * Where the trained claimant model backs the slot rules, for one message and in a conversation alike
 * (test/eval/claimant-model/README.md). Off: the model has not passed its held-out trial, so the
 * detector judges by the slots alone. Switched on by one line, once the model lives in ./model:
 *   export { withModel as backedByModel, MODEL_BACKING } from './model';
 */
export const backedByModel = (assessment: Assessment, _text: string): Assessment => assessment;

/** What the eval prints as the detector's mode. */
export const MODEL_BACKING = 'rules only (the trained model is off)';
