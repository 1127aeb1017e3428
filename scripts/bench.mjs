// npm run bench: every benchmark prints its table of numbers and the ratio
// against a baseline measured in the same run. Browser benchmarks need the
// built extension, so the build comes first.
import { spawnSync } from 'node:child_process';
import { ensureSystem } from './harness/system.mjs';

const only = process.argv.slice(2);
ensureSystem();
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...only]);
