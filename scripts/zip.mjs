// npm run zip: the three files a store submission uploads, made from the
// committed tree (an export of HEAD, so nothing uncommitted or ignored can slip
// in), then checked: the Firefox source archive, built as SOURCE.md says, must
// give exactly the files of the Firefox zip.
import { Buffer } from 'node:buffer';
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.output');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
if (dirty) {
  console.error(`npm run zip packs the last commit; commit these first:\n${dirty}`);
  process.exit(1);
}

/** A fresh copy of a tree (HEAD, or an unpacked archive) that shares this checkout's node_modules. */
function workTree(fill) {
  const dir = mkdtempSync(join(tmpdir(), 'seller-shield-zip-'));
  fill(dir);
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
const run = (cwd, command) => execSync(command, { cwd, stdio: 'inherit' });

const head = workTree((dir) => execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(dir)}`, { cwd: root }));
const sources = [];
try {
  run(head, 'npx wxt zip');
  run(head, 'npx wxt zip -b firefox --mv3');
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(join(head, '.output')).filter((f) => f.endsWith('.zip'))) {
    copyFileSync(join(head, '.output', file), join(outDir, file));
    sources.push(file);
  }
} finally {
  rmSync(head, { recursive: true, force: true });
}

const pick = (pattern) => {
  const name = sources.find((f) => pattern.test(f));
  if (!name) throw new Error(`wxt zip made no file matching ${pattern}: ${sources.join(', ')}`);
  return join(outDir, name);
};
const chromeZip = pick(/-chrome\.zip$/);
const firefoxZip = pick(/-firefox\.zip$/);
const sourcesZip = pick(/-sources\.zip$/);

// Reproduce the Firefox package from its source archive, as a reviewer would.
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
const rebuilt = workTree((dir) => {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(sourcesZip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
});
try {
  run(rebuilt, 'npx wxt build -b firefox --mv3');
  const built = join(rebuilt, '.output/firefox-mv3');
  const shipped = unzipSync(readFileSync(firefoxZip));
  const names = filesOf(built);
  const differ = [
    ...names.filter((f) => !shipped[f] || Buffer.compare(Buffer.from(shipped[f]), readFileSync(join(built, f))) !== 0),
    ...Object.keys(shipped).filter((f) => !f.endsWith('/') && !names.includes(f)),
  ];
  if (differ.length) {
    console.error(`the source archive does not rebuild the Firefox zip; differing files:\n  ${differ.join('\n  ')}`);
    process.exit(1);
  }
} finally {
  rmSync(rebuilt, { recursive: true, force: true });
}

const kB = (file) => `${(statSync(file).size / 1024).toFixed(1)} kB`;
console.log('\nupload:');
for (const [file, where] of [
  [chromeZip, 'Chrome Web Store and Microsoft Edge Add-ons (the same package)'],
  [firefoxZip, 'Firefox Add-ons (addons.mozilla.org): the extension'],
  [sourcesZip, 'Firefox Add-ons: the source code reviewers ask for (build steps in SOURCE.md inside; checked: it rebuilds the Firefox zip file for file)'],
]) {
  console.log(`  ${relative(root, file)}  ${kB(file)}  → ${where}`);
}
console.log('listing texts, screenshots, privacy policy: store/ (store/README.md says which field takes what)');
