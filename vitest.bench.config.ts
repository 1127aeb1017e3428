import { defineConfig } from 'vitest/config';

// Benchmarks print tables of numbers (and ratios against a baseline measured in
// the same run); they assert correctness only, never a time.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    disableConsoleIntercept: true,
    env: { TZ: 'Asia/Shanghai' },
  },
});
