// node scripts/store-check.mjs [--no-build]
// What a store submission is refused for, checked before one is made: the
// committed icons still match assets/icon.svg; each built manifest (Chrome/Edge
// and Firefox) has its icons, name, description and version; and Firefox's own
// store linter (addons-linter) finds no error, warning or notice in the Firefox build;
// and the content scripts stay within their size budgets (the records script, injected into every
// seller page, and the listing scripts).
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staleIcons } from './icons.mjs';

const root = resolve(import.meta.dirname, '..');
const targets = ['chrome-mv3', 'firefox-mv3'];
const problems = [];

if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: root, stdio: 'inherit' });

for (const stale of await staleIcons()) problems.push(`${stale.path} does not match assets/icon.svg (run node scripts/icons.mjs)`);

/** Width and height from a PNG's IHDR chunk, or null when the file is no PNG. */
function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function checkManifest(target) {
  const dir = resolve(root, '.output', target);
  const manifestFile = resolve(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return problems.push(`${target}: no build at .output/${target}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const messages = JSON.parse(readFileSync(resolve(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'));
  const text = (value) => value?.replace(/^__MSG_(\w+)__$/, (_, key) => messages[key]?.message ?? '');
  for (const field of ['name', 'description']) if (!text(manifest[field])?.trim()) problems.push(`${target}: manifest ${field} is missing or its message is empty`);
  // The stores' limits: Chrome 75 / 132 characters, Firefox Add-ons 50 for a name.
  for (const locale of readdirSync(resolve(dir, '_locales'))) {
    const localized = JSON.parse(readFileSync(resolve(dir, '_locales', locale, 'messages.json'), 'utf8'));
    const length = (value) => [...(value?.replace(/^__MSG_(\w+)__$/, (_, key) => localized[key]?.message ?? '') ?? '')].length;
    if (length(manifest.name) > 50) problems.push(`${target} ${locale}: name longer than 50 characters`);
    if (length(manifest.description) > 132) problems.push(`${target} ${locale}: description longer than 132 characters (${length(manifest.description)})`);
  }
  if (!/^\d+(\.\d+){0,3}$/.test(manifest.version ?? '')) problems.push(`${target}: manifest version "${manifest.version}" is not a store version`);
  for (const [where, icons] of [['icons', manifest.icons], ['action.default_icon', manifest.action?.default_icon]]) {
    if (!icons?.['128'] || !icons?.['16']) problems.push(`${target}: ${where} lacks the 16 px or 128 px icon`);
    for (const [size, path] of Object.entries(icons ?? {})) {
      const file = resolve(dir, path);
      const actual = existsSync(file) ? pngSize(file) : null;
      if (actual?.[0] !== Number(size) || actual?.[1] !== Number(size)) problems.push(`${target}: ${where}[${size}] ${path} is not a ${size}×${size} PNG`);
    }
  }
}
targets.forEach(checkManifest);

// Issue 12's budget for the records script, injected into every seller page; the listing
// scripts run on the publish form (and an item page the seller asks about) and carry the rule
// base with its automaton compiled at build time (scripts/prebuilt-listing.mjs): a budget so
// neither grows unnoticed. Gzipped as a server or store would (zlib's default level).
const BUDGETS = { 'records.js': 15 * 1024, 'listing.js': 80 * 1024, 'listing-detail.js': 80 * 1024 };
for (const target of targets) {
  for (const [script, budget] of Object.entries(BUDGETS)) {
    const file = resolve(root, '.output', target, 'content-scripts', script);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const gzipped = gzipSync(bytes).length;
    console.log(`${target} content-scripts/${script}: ${bytes.length} B, ${gzipped} B gzipped (budget ${budget} B)`);
    if (gzipped > budget) problems.push(`${target}: content-scripts/${script} is ${gzipped} B gzipped, over the ${budget} B budget`);
  }
}

const lint = spawnSync(resolve(root, 'node_modules/.bin/addons-linter'), ['--output', 'json', '.output/firefox-mv3'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  problems.push(`addons-linter gave no report: ${lint.stderr || lint.stdout}`);
}
if (report) {
  const { errors, warnings, notices } = report.summary;
  console.log(`addons-linter (.output/firefox-mv3): ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const m of [...report.errors, ...report.warnings, ...report.notices]) problems.push(`addons-linter ${m._type} ${m.code}: ${m.message} (${m.file ?? ''}${m.line ? `:${m.line}` : ''})`);
}

for (const p of problems) console.error(`✗ ${p}`);
if (problems.length) process.exit(1);
console.log(`store check: icons match their source; ${targets.join(' and ')} manifests carry icons, name, description and version`);
