import type { Assessment } from '@/lib/claims/claimant/schema';

// The detector by its slot rules alone: what `CLAIMANT_MODEL=off` puts in place of
// lib/claims/claimant/model-backing.ts (see switch.ts), whatever the extension ships.
export const backedByModel = (assessment: Assessment, _text: string): Assessment => assessment;
export const MODEL_BACKING = 'rules only (CLAIMANT_MODEL=off)';
