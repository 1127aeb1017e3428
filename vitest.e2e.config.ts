import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension; one file
// at a time (each starts a browser) on the machines' two cores.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
