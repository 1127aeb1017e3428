/**
 * Where the trained claimant model backs the slot rules, for one message and in a conversation alike: it passed its
 * pre-registered third held-out trial (test/eval/claimant-model/README.md). It is asked only about a message the
 * slots left below medium with money asked for and a threat to the shop (./model/gate.ts). To switch it off, put back
 *   export const backedByModel = (assessment: Assessment, _text: string): Assessment => assessment;
 * (`CLAIMANT_MODEL=off npm run eval` measures the detector without it.)
 */
export { withModel as backedByModel, MODEL_BACKING } from './model';
