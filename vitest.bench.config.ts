import { defineConfig } from 'vitest/config';
import { claimantModelAlias } from './test/eval/claimant-model/switch';

// Benchmarks print tables of numbers (and ratios against a baseline measured in
// the same run); they assert correctness only, never a time.
export default defineConfig({
  // CLAIMANT_MODEL=on|off: the claimant detector with or without its trained model (test/eval/claimant-model/switch.ts).
  resolve: { alias: [...claimantModelAlias(import.meta.dirname), { find: '@', replacement: import.meta.dirname }] },
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    // The claimant bench's baseline is one RegExp per dictionary phrase (3,540 patterns, × their Traditional forms) run three
    // times over 10 MB: on the shared 2-core machine it took 645 s once the Cantonese phrases were added, past a 600 s limit.
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    disableConsoleIntercept: true,
    env: { TZ: 'Asia/Shanghai' },
  },
});
