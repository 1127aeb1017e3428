import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { prebuiltListing } from './scripts/prebuilt-listing.mjs';
import { claimantModelAlias } from './test/eval/claimant-model/switch';

// Unit tests run twice: once in Beijing time and once far from it, so nothing
// may depend on the machine's time zone.
const unit = (name: string, tz: string, include: string[]) => ({
  extends: true as const,
  test: {
    name,
    include,
    exclude: ['**/*.e2e.test.ts', '**/*.bench.test.ts', 'node_modules/**'],
    env: { TZ: tz },
    // A loaded 2-core machine (CI, or several runs at once) took 5.5 s to build OpenCC's converters:
    // a test fails on what it asserts, not on the machine's speed.
    testTimeout: 30_000,
  },
});

export default defineConfig({
  // The listing checker on the rule base compiled at build time, as the extension ships it.
  plugins: [preact(), prebuiltListing()],
  // CLAIMANT_MODEL=on|off|sure: the unit suite with the claimant detector's trained model behind the slots, or without
  // it (test/eval/claimant-model/switch.ts); unset, the detector as shipped.
  resolve: { alias: [...claimantModelAlias(import.meta.dirname), { find: '@', replacement: import.meta.dirname }] },
  test: {
    projects: [
      unit('unit', 'Asia/Shanghai', ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts']),
      unit('unit-tz-la', 'America/Los_Angeles', ['lib/standing/points/**/*.test.ts', 'lib/standing/extract/**/*.test.ts', 'lib/evidence/chain/**/*.test.ts', 'lib/evidence/reports/**/*.test.ts']),
    ],
  },
});
