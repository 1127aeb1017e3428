// node scripts/claimant-golden.mjs [out-file] [tree]
// A speed change to the claimant reader must not change a single answer. This writes
// assessMessage's answer for every real message the repo holds (real genuine text, real claimant
// messages, the written corpus and its conversations' messages), 30,000 fuzzed strings made of
// phrase pieces, numerals, separators, Traditional and full-width forms, and assessConversation's
// answer for every conversation, one JSON line each, and prints a hash of them all. Run it before
// and after a change (`tree`: another checkout of the repo, e.g. one unpacked with git archive)
// and compare the hashes; `diff` the files to see the first message that differs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.resolve(import.meta.dirname, '..');
const out = process.argv[2] ?? path.join(os.tmpdir(), 'claimant-golden.txt');
const tree = path.resolve(process.argv[3] ?? here);

// The detector from `tree`, bundled; the data always from this checkout (the same inputs for both).
const bundle = path.join(os.tmpdir(), `claimant-golden-${process.pid}.mjs`);
await build({
  stdin: {
    contents: "export { assessMessage, assessConversation } from '@/lib/claims/claimant'; export { dictionary } from '@/lib/claims/claimant/dictionary';",
    resolveDir: tree, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', alias: { '@': tree }, outfile: bundle, logLevel: 'error',
  nodePaths: [path.join(here, 'node_modules')],
});
const { assessMessage, assessConversation, dictionary } = await import(pathToFileURL(bundle).href);
fs.rmSync(bundle);

const texts = [];
const genuine = path.join(here, 'test/data/real-genuine');
for (const f of fs.readdirSync(genuine).sort()) if (f.endsWith('.txt')) texts.push(...fs.readFileSync(path.join(genuine, f), 'utf8').split('\n'));
texts.push(...JSON.parse(fs.readFileSync(path.join(here, 'test/data/claimant-real/messages.json'), 'utf8')).map((m) => m.text));
const conversations = [];
const corpus = path.join(here, 'test/corpus');
for (const f of fs.readdirSync(corpus).sort()) {
  if (!f.endsWith('.json') || f.startsWith('listing')) continue;
  for (const d of JSON.parse(fs.readFileSync(path.join(corpus, f), 'utf8'))) {
    if (d.text) texts.push(d.text);
    if (d.messages) { conversations.push(d.messages); texts.push(...d.messages.map((m) => m.text)); }
  }
}

// Fuzz from a fixed seed: phrase pieces (the dictionary's own patterns), numerals, separators, Traditional and
// full-width forms, the reader's trigger words, and slices of real text.
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const patterns = dictionary().patterns;
const PIECES = ['，', '。', '？', '！', ' ', '-', '.', '1', '2', '0', '5', '１', '２', '元', '块', '万', '千', '百', '十', '三', '一', '二', '零', '就', '不', '的话', '则', '吗', '?', '\n',
  '·', '*', '~', '幺', '壹', '貳', '賠', '償', '訴', '負評', '檢舉', 'Ｖ', 'X', 'q', '薇', '　', '\u200b', '：', ':', '第', '条', '倍', '给我', '退我', '赔了', '订单金额', '88', '1.5', '1 2 3 1 5'];
const real = texts.slice();
for (let n = 0; n < 30_000; n++) {
  let s = '';
  const parts = 1 + Math.floor(random() * 12);
  for (let p = 0; p < parts; p++) {
    const r = random();
    if (r < 0.4) s += patterns[Math.floor(random() * patterns.length)];
    else if (r < 0.8) s += PIECES[Math.floor(random() * PIECES.length)];
    else { const t = real[Math.floor(random() * real.length)]; const a = Math.floor(random() * t.length); s += t.slice(a, a + Math.floor(random() * 30)); }
  }
  texts.push(s);
}

const hash = crypto.createHash('sha256');
const lines = [];
const levels = {};
const record = (answer) => {
  const line = JSON.stringify(answer);
  lines.push(line);
  hash.update(line);
  levels[answer.level] = (levels[answer.level] ?? 0) + 1;
};
for (const t of texts) record(assessMessage(t));
for (const c of conversations) record(assessConversation(c));
fs.writeFileSync(out, lines.join('\n'));
console.log(`${texts.length} messages, ${conversations.length} conversations: ${hash.digest('hex').slice(0, 16)} ${JSON.stringify(levels)} -> ${out}`);
