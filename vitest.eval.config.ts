import { defineConfig } from 'vitest/config';
import { claimantModelAlias } from './test/eval/claimant-model/switch';

// `npm run eval`: the claimant detector's precision/recall report on the
// labelled corpora in test/corpus. It prints; the thresholds are unit tests.
export default defineConfig({
  // CLAIMANT_MODEL=on|off: the claimant detector with or without its trained model (test/eval/claimant-model/switch.ts).
  resolve: { alias: [...claimantModelAlias(import.meta.dirname), { find: '@', replacement: import.meta.dirname }] },
  test: {
    include: ['test/eval/**/*.eval.test.ts'],
    // The claimant report reads ~40,000 real messages once: ~1.5 s alone, past the default 5 s
    // on a machine shared with other work. It prints figures and asserts nothing timed.
    testTimeout: 120_000,
    disableConsoleIntercept: true,
    env: { TZ: 'Asia/Shanghai' },
  },
});
