// The detector with the trained model behind the slots: what `CLAIMANT_MODEL=on` puts in place of
// lib/claims/claimant/model-backing.ts (see switch.ts).
export { withModel as backedByModel, MODEL_BACKING } from '@/lib/claims/claimant/model';
