import { join } from 'node:path';

/**
 * `CLAIMANT_MODEL=on npm run eval` (or `off`; also for the benchmarks): the claimant detector judged with
 * the trained model behind the slot rules, or by the rules alone, whatever lib/claims/claimant/model-backing.ts
 * ships (`sure`: a model sure of every message, so only the gate decides; `candidate`: a trial's candidate-weights.json behind the gate it names) — so the two can be printed side by side from one tree. Unset: the detector as shipped.
 */
export function claimantModelAlias(root: string): Array<{ find: RegExp; replacement: string }> {
  const mode = process.env.CLAIMANT_MODEL;
  if (mode !== 'on' && mode !== 'off' && mode !== 'sure' && mode !== 'candidate') return [];
  return [{ find: /^(\.|@\/lib\/claims\/claimant)\/model-backing$/, replacement: join(root, 'test/eval/claimant-model', `${mode}.ts`) }];
}
