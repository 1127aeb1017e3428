import { defineConfig } from 'vitest/config';

// `npm run eval`: the claimant detector's precision/recall report on the
// labelled corpora in test/corpus. It prints; the thresholds are unit tests.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['test/eval/**/*.eval.test.ts'],
    disableConsoleIntercept: true,
    env: { TZ: 'Asia/Shanghai' },
    // The real-text sets are tens of thousands of messages: a report, not a timed test.
    testTimeout: 600_000,
  },
});
