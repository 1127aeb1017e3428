import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the Traditional map is regenerated from the current dictionary', () => {
  // Fails with a hint when a phrase was added without rerunning the generator.
  expect(() => execFileSync('node', ['scripts/gen-traditional-dictionary.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
});
