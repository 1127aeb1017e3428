// Builds test/data/real-genuine/*.txt (one message per line) from the public
// datasets named in test/data/README.md, extracted beforehand with `git show`
// from their fetched snapshots into one folder:
//   node scripts/sample-real-text.mjs <folder with jddc.txt, online_shopping_10_cats.csv, ecd_test.txt, ecd_train.txt>
//   node scripts/sample-real-text.mjs --jd-phone <folder with JDComment_data.csv, tmp_test_data.csv>
//   node scripts/sample-real-text.mjs --hotel-waimai <folder with ChnSentiCorp_htl_all.csv, waimai_10k.csv>
//   node scripts/sample-real-text.mjs --eprstmt <folder with FewCLUE datasets/eprstmt/*.json>
//   node scripts/sample-real-text.mjs --eprstmt-fresh <same folder> [--check]
//   node scripts/sample-real-text.mjs --conversations <folder with jddc.txt, ecd_train.txt, ecd_test.txt>
//   node scripts/sample-real-text.mjs --cantonese <folder with hkcancor/*.cha, common_voice_sents.json>
// Deterministic: a fixed-seed shuffle picks the review sample.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const mode = process.argv[2]?.startsWith('--') ? process.argv[2] : undefined;
const src = process.argv[mode ? 3 : 2];
if (!src) throw new Error('usage: node scripts/sample-real-text.mjs [--jd-phone | --hotel-waimai | --eprstmt | --eprstmt-fresh] <folder> [--check]');
const out = join(import.meta.dirname, '..', 'test', 'data', 'real-genuine');
mkdirSync(out, { recursive: true });

const clean = (s) => s.replace(/\s+/g, ' ').trim();
const unique = (xs) => [...new Set(xs.map(clean).filter((x) => x.length > 0 && x !== 'NULL' && x !== 'nan'))];

// Mulberry32: small, seeded, good enough to pick a sample.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function sample(xs, n, seed) {
  const rnd = random(seed);
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function buildFirstThree() {
  // JDDC: tab-separated; field 3 (0-based 2) is 0 for the customer, the text is the last field.
  const jddc = unique(readFileSync(join(src, 'jddc.txt'), 'utf8').split('\n')
    .map((l) => l.split('\t')).filter((f) => f[2] === '0').map((f) => f[f.length - 1] ?? ''));
  writeFileSync(join(out, 'jddc-customer.txt'), `${jddc.join('\n')}\n`);

  // online_shopping_10_cats: cat,label,review; label 0 is negative. A review may contain commas.
  const reviews = unique(readFileSync(join(src, 'online_shopping_10_cats.csv'), 'utf8').split('\n').slice(1)
    .map((l) => l.match(/^([^,]*),([01]),(.*)$/)).filter((m) => m && m[2] === '0').map((m) => m[3].replace(/^\uFEFF/, '')));
  const shuffled = sample(reviews, reviews.length, 20261201);
  writeFileSync(join(out, 'shopping-negative.txt'), `${shuffled.slice(0, 8000).join('\n')}\n`);
  // A further 6,000, disjoint from the above, for tuning only (the held-out half above stays unseen).
  writeFileSync(join(out, 'shopping-negative-tune-extra.txt'), `${shuffled.slice(8000, 14000).join('\n')}\n`);
  // The rest (17,034), tuning only too: more ordinary angry reviews to find false alarms in, never the held-out half.
  writeFileSync(join(out, 'shopping-negative-tune-rest.txt'), `${shuffled.slice(14000).join('\n')}\n`);

  // ECD sample: label \t utterances… \t response, words separated by spaces; turns from both sides.
  const join2 = (s) => s.replace(/(?<=\S) (?=\S)/g, (m, i, str) => (/[\u3000-\u9fff]/.test(str[i - 1]) || /[\u3000-\u9fff]/.test(str[i + 1]) ? '' : ' '));
  const ecd = unique(['ecd_train.txt', 'ecd_test.txt'].flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n'))
    .flatMap((l) => l.split('\t').slice(1)).map(join2));
  writeFileSync(join(out, 'ecd-utterances.txt'), `${ecd.join('\n')}\n`);

  console.log({ jddc: jddc.length, reviews: `8000 + 6000 + ${reviews.length - 14000} tuning-only of ${reviews.length}`, ecd: ecd.length });
}

// A minimal CSV reader: quoted fields may hold commas, doubled quotes and line breaks.
function csvRows(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// JD phone reviews (YuleZhang/NLP_Analysis_JDcomment data/*.csv): field 2 is the review (a repeated header row dropped). Every review is kept,
// minus any line already in the other real-genuine files; a seeded shuffle orders them so that the eval's
// even/odd halves are random halves.
function buildJdPhone() {
  const existing = new Set(['jddc-customer.txt', 'ecd-utterances.txt', 'shopping-negative.txt', 'shopping-negative-tune-extra.txt', 'shopping-negative-tune-rest.txt']
    .flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n')));
  const texts = unique(['JDComment_data.csv', 'tmp_test_data.csv'].flatMap((f) => csvRows(readFileSync(join(src, f), 'utf8').replace(/^\uFEFF/, '')).slice(1))
    .filter((r) => r.length >= 10 && r[1] !== '评论内容').map((r) => r[1])).filter((t) => !existing.has(t));
  writeFileSync(join(out, 'jd-phone-reviews.txt'), `${sample(texts, texts.length, 20261201).join('\n')}\n`);
  console.log({ jdPhone: texts.length });
}

// Hotel and food-delivery negative reviews (SophonPlus/ChineseNlpCorpus ChnSentiCorp_htl_all, waimai_10k: label,review),
// tuning only. The hotel set overlaps the hotel category of online_shopping_10_cats, so any review equal to a line of the
// files above, compared without spaces and punctuation, is dropped: no held-out line can come back as tuning material.
function buildHotelWaimai() {
  const key = (s) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const existing = new Set(['jddc-customer.txt', 'ecd-utterances.txt', 'shopping-negative.txt', 'shopping-negative-tune-extra.txt', 'shopping-negative-tune-rest.txt', 'jd-phone-reviews.txt']
    .flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n')).map(key));
  const negatives = (f) => unique(csvRows(readFileSync(join(src, f), 'utf8').replace(/^\uFEFF/, '')).slice(1)
    .filter((r) => r[0] === '0').map((r) => r[1] ?? '')).filter((t) => !existing.has(key(t)));
  const hotel = negatives('ChnSentiCorp_htl_all.csv');
  const waimai = negatives('waimai_10k.csv');
  writeFileSync(join(out, 'hotel-negative.txt'), `${sample(hotel, hotel.length, 20261201).join('\n')}\n`);
  writeFileSync(join(out, 'waimai-negative.txt'), `${sample(waimai, waimai.length, 20261201).join('\n')}\n`);
  console.log({ hotel: hotel.length, waimai: waimai.length });
}

// FewCLUE EPRSTMT (JD product reviews, JSON lines with a `sentence`; only about 1,000 of the ~21,000 carry a label, so the
// sentiment is mixed). Every file of the folder is pooled, deduplicated, minus any review equal to a line of the other
// real-genuine files (those that existed when the sample was drawn) when compared without spaces and punctuation, then
// shuffled with the fixed seed: the first 8,000 are `eprstmt-reviews.txt`, the rest were never read.
const EPRSTMT_EXISTING = ['jddc-customer.txt', 'ecd-utterances.txt', 'shopping-negative.txt', 'shopping-negative-tune-extra.txt',
  'shopping-negative-tune-rest.txt', 'jd-phone-reviews.txt', 'hotel-negative.txt', 'waimai-negative.txt'];
const key = (s) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const keysOf = (files) => new Set(files.flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n')).map(key));

function eprstmtShuffled() {
  const existing = keysOf(EPRSTMT_EXISTING);
  const files = readdirSync(src).filter((f) => f.endsWith('.json')).sort();
  const seen = new Set();
  const texts = unique(files.flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l).sentence ?? ''))).filter((t) => {
    const k = key(t);
    if (k.length === 0 || existing.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return sample(texts, texts.length, 20261201);
}

function buildEprstmt() {
  const shuffled = eprstmtShuffled();
  writeFileSync(join(out, 'eprstmt-reviews.txt'), `${shuffled.slice(0, 8000).join('\n')}\n`);
  console.log({ eprstmt: `8000 of ${shuffled.length}` });
}

// The never-read rest of the EPRSTMT shuffle (lines after the first 8,000) as a fresh held-out set, `eprstmt-fresh.txt`.
// Refuses unless the first 8,000 it reproduces equal the committed `eprstmt-reviews.txt` line for line, and drops any
// review equal (without spaces and punctuation) to a line of any other real-genuine file. With --check it only verifies
// the reproduction and prints counts: no review of the rest is written or shown.
function buildEprstmtFresh(checkOnly) {
  const shuffled = eprstmtShuffled();
  const committed = readFileSync(join(out, 'eprstmt-reviews.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
  const head = shuffled.slice(0, 8000);
  const same = head.length === committed.length && head.every((t, i) => t === committed[i]);
  if (!same) throw new Error('the reproduced shuffle differs from the committed eprstmt-reviews.txt: refusing');
  const others = readdirSync(out).filter((f) => f.endsWith('.txt') && f !== 'eprstmt-fresh.txt');
  const taken = keysOf(others);
  const fresh = shuffled.slice(8000).filter((t) => !taken.has(key(t)));
  console.log({ reproduced: `first 8000 of ${shuffled.length} equal the committed file`, rest: shuffled.length - 8000, fresh: fresh.length, checkedAgainst: others.length });
  if (!checkOnly) writeFileSync(join(out, 'eprstmt-fresh.txt'), `${fresh.join('\n')}\n`);
}

// Whole conversations, customer AND service turns, for the conversation judge: one turn per line,
// `<conversation id>\t<b|s>\t<text>` (b the customer, s the service), conversations in source order.
// JDDC: field 0 is the session id, field 2 the speaker (0 customer, 1 service); every turn kept, in order (not deduplicated:
// a conversation is judged whole). Refuses unless its customer turns, deduplicated as buildFirstThree does, equal the
// committed jddc-customer.txt.
// ECD (train and test, as ecd-utterances.txt): one conversation per line labelled 1 (the context and its true response).
// The sample marks no speaker; its turns alternate and the response is the service's, so roles are assigned backwards
// from it (every such line holds an even number of turns, so each conversation opens with the customer).
function buildConversations() {
  const jddcRows = readFileSync(join(src, 'jddc.txt'), 'utf8').split('\n').map((l) => l.split('\t')).filter((f) => f.length >= 7);
  const customers = unique(jddcRows.filter((f) => f[2] === '0').map((f) => f[f.length - 1] ?? ''));
  const committed = readFileSync(join(out, 'jddc-customer.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
  if (customers.length !== committed.length || customers.some((t, i) => t !== committed[i])) {
    throw new Error('the customer turns reproduced differ from the committed jddc-customer.txt: refusing');
  }
  const kept = (t) => t.length > 0 && t !== 'NULL' && t !== 'nan';
  const jddc = jddcRows.map((f) => [f[0], f[2] === '0' ? 'b' : 's', clean(f[f.length - 1] ?? '')]).filter((r) => kept(r[2]));
  writeFileSync(join(out, 'jddc-conversations.txt'), `${jddc.map((r) => r.join('\t')).join('\n')}\n`);

  const join2 = (s) => s.replace(/(?<=\S) (?=\S)/g, (m, i, str) => (/[\u3000-\u9fff]/.test(str[i - 1]) || /[\u3000-\u9fff]/.test(str[i + 1]) ? '' : ' '));
  const ecd = ['ecd_train.txt', 'ecd_test.txt'].flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n')
    .map((l) => l.split('\t')).filter((fields) => fields[0] === '1')
    .flatMap((fields, n) => {
      const turns = fields.slice(1).map((t) => clean(join2(t)));
      if (turns.length % 2 !== 0) throw new Error(`${f}: an odd number of turns in conversation ${n}`);
      return turns.map((t, i) => [`${f.slice(4, -4)}-${n}`, i % 2 === 0 ? 'b' : 's', t]).filter((r) => kept(r[2]));
    }));
  writeFileSync(join(out, 'ecd-conversations.txt'), `${ecd.map((r) => r.join('\t')).join('\n')}\n`);
  const count = (rows) => new Set(rows.map((r) => r[0])).size;
  console.log({ jddc: `${count(jddc)} conversations, ${jddc.length} turns (customer turns reproduce the committed file)`, ecd: `${count(ecd)} conversations, ${ecd.length} turns` });
}

// Cantonese (jacksonllee/pycantonese src/pycantonese/data): HKCanCor, Hong Kong conversation transcribed in the late 1990s
// (CHAT files: an utterance is a `*SPK:` line and its tab-indented continuation lines, words separated by spaces), and the
// Common Voice Cantonese sentences (a JSON array of strings). Spaces between words are removed unless both sides are Latin
// letters or digits; an utterance is kept with at least 4 letters or digits (shorter ones, "吓 ?", "係 啊 .", are no
// message a seller would check). Each set deduplicated, minus any line of the other real-genuine files (compared without
// spaces and punctuation), then shuffled with the fixed seed so that the even/odd halves are random halves.
function buildCantonese() {
  const taken = keysOf(readdirSync(out).filter((f) => f.endsWith('.txt') && !['hkcancor-utterances.txt', 'common-voice-yue.txt'].includes(f)));
  const spaced = (s) => s.replace(/ +/g, (m, i, str) => (/[A-Za-z0-9]/.test(str[i - 1] ?? '') && /[A-Za-z0-9]/.test(str[i + m.length] ?? '') ? ' ' : ''));
  const utterances = (text) => {
    const found = [];
    let inUtterance = false;
    for (const line of text.split('\n')) {
      if (line.startsWith('*')) found.push(line.slice(line.indexOf('\t') + 1));
      else if (line.startsWith('\t') && inUtterance) found[found.length - 1] += ` ${line.trim()}`;
      inUtterance = line.startsWith('*') || (line.startsWith('\t') && inUtterance);
    }
    return found;
  };
  const keep = (xs) => {
    const seen = new Set();
    return unique(xs.map((x) => spaced(clean(x)))).filter((t) => {
      const k = key(t);
      if (k.length < 4 || taken.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const folder = join(src, 'hkcancor');
  const hk = keep(readdirSync(folder).filter((f) => f.endsWith('.cha')).sort().flatMap((f) => utterances(readFileSync(join(folder, f), 'utf8'))));
  const cv = keep(JSON.parse(readFileSync(join(src, 'common_voice_sents.json'), 'utf8')));
  writeFileSync(join(out, 'hkcancor-utterances.txt'), `${sample(hk, hk.length, 20261201).join('\n')}\n`);
  writeFileSync(join(out, 'common-voice-yue.txt'), `${sample(cv, cv.length, 20261201).join('\n')}\n`);
  console.log({ hkcancor: hk.length, commonVoice: cv.length });
}

if (mode === '--jd-phone') buildJdPhone();
else if (mode === '--cantonese') buildCantonese();
else if (mode === '--conversations') buildConversations();
else if (mode === '--hotel-waimai') buildHotelWaimai();
else if (mode === '--eprstmt') buildEprstmt();
else if (mode === '--eprstmt-fresh') buildEprstmtFresh(process.argv.includes('--check'));
else buildFirstThree();
