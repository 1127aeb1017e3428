// npm test: typecheck, lint, unit tests, build, then end-to-end tests in real
// Chromium. Stops at the first failing step, names the steps that therefore did
// not run, and ends with one line "N passed, N failed" for the whole run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystem } from './harness/system.mjs';

const reportDir = 'test-results';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/unit.json`]],
  ['build', 'npx', ['wxt', 'build']],
  ['store', 'node', ['scripts/store-check.mjs']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reportDir}/e2e.json`]],
];

// `node scripts/test.mjs build e2e` runs only the named steps (npm run test:e2e).
const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some(([step]) => step === name));
if (unknown.length) {
  console.error(`unknown step: ${unknown.join(', ')} (steps: ${steps.map(([step]) => step).join(', ')})`);
  process.exit(2);
}
const chosen = only.length ? steps.filter(([step]) => only.includes(step)) : steps;

let passed = 0;
let failed = 0;
const count = (file) => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } catch {
    /* the step failed before writing a report; its exit code says so */
  }
};

const finish = (code, notRun = []) => {
  // A failed unit step hides the build and E2E counts: say so, or a short total reads as complete.
  if (notRun.length) console.log(`\nnot run (an earlier step failed): ${notRun.join(', ')}`);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(code);
};

ensureSystem();
for (const [index, [name, command, args]] of chosen.entries()) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`◀ ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (name === 'unit' || name === 'e2e') count(`${reportDir}/${name}.json`);
  if (result.status !== 0) {
    if (name !== 'unit' && name !== 'e2e') failed += 1;
    finish(result.status || 1, chosen.slice(index + 1).map(([later]) => later));
  }
}
finish(0);
