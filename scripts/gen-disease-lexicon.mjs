#!/usr/bin/env node
// Writes lib/listing/check/rule-base/disease-lexicon.generated.ts: the disease and symptom names
// of a public lexicon chosen before any listing was read, selected by the written rule below —
// not from the listings the checker missed.
//
// Source: THUOCL (THU Open Chinese Lexicon, Tsinghua NLP), data/THUOCL_medical.txt, 18,749
// medical-domain words, each with its document frequency (DF) in Sina News 2008–2016 and the
// Sogou corpus. github.com/thunlp/THUOCL at a30ce79 (the file last changed in f694ce7), MIT
// licence; the file and its licence are kept in scripts/lexicon/ so this script can be re-run.
//
// The rule (广告法第17条, 食品安全法第71条, 化妆品监督管理条例第37条 bar goods other than drugs
// and devices from claiming to prevent or treat a disease; a disease is what the name says):
//  1. A word is a disease or symptom name when it ends in a head that Chinese disease names end
//     in (ICD-10's Chinese names: …病, …症, …综合征, …炎, …结石, …溃疡, …衰竭; symptoms …痛, …痒,
//     …晕, …鼾; bodily sensations that are no disease — 口渴, 口干, 疲劳, 睡眠 — have no head here).
//     The longest head decides. Disease-only characters (癌, 瘤, 疮, 疹, 癣, 痔, 疣) are terms of
//     their own in medical.ts and catch every name made with them.
//  2. Named heads name a disease wherever they stand: the word alone is the claim in a listing
//     title, as the hand rule medical-disease has it. Claimed heads (感染, 出血, 障碍, 失调, 萎缩,
//     下垂…) also have everyday senses (感染力, 无障碍, 下垂感): such a word counts only after a
//     prevention or treatment verb (防感染, 改善内分泌失调) — medical-lexicon.ts.
//  3. Generic class words (疾病, 口腔疾病, 传染病, 肠道传染病, 慢性病, 并发症) name no one disease; pain
//     qualities (刺痛, 酸痛, 疼痛) are feelings as often as symptoms: both count only after a verb.
//  4. A head that is a word of the lexicon by itself (咳嗽, 水肿, 感染, 疾病 — the law's own word)
//     names a condition but not which one is claimed: it counts only after a verb, too (止咳嗽,
//     防感染). Left out: one-character heads alone (病, 痛, 炎: 治病, 止痛 and 消炎 are hand terms),
//     heads alone that are everyday words (下垂 a drape or a bra's lift, 狭窄, 扩张, 紊乱, 障碍 as in
//     无障碍, 硬化 of a floor…), words with other than Chinese characters, poisonings and injuries
//     (…中毒, …伤, ICD-10's external causes, are no heads: 防中毒, 防烫伤 on an alarm or a glove are
//     product safety, not a disease), words whose everyday sense is not a disease (心痛 grief, 红眼病
//     envy, 神经病 an insult, a figure of speech such as 斯德哥尔摩综合征) and plant diseases (锈病).
//  5. Only words in at least 50 documents: names people write, not rare clinical forms — and a size
//     the publish-form script's 80 kB budget can carry (measured: at 20 documents the lexicon adds
//     about 9.5 kB gzipped to listing.js, at 50 about 6.8 kB).
//  6. A word holding a shorter word that already counts (a hand term of medical.ts reported in
//     every category but devices, or a named word here) is dropped: the shorter one finds it.
//   node scripts/gen-disease-lexicon.mjs          write the file
//   node scripts/gen-disease-lexicon.mjs --check  exit 1 if it is stale
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const sourceFile = join(root, 'scripts/lexicon/THUOCL_medical.txt');
const target = join(root, 'lib/listing/check/rule-base/disease-lexicon.generated.ts');
const SOURCE = 'github.com/thunlp/THUOCL a30ce79d895d01ab5132a5c74c29703ff7efb4cc data/THUOCL_medical.txt (last changed in f694ce7), MIT licence';
const SHA256 = 'a01f39f1677af0b6a620bbc68bf293e8e436f06248b74adb625cd61d9ad7bbcd';
const MIN_DF = 50;

const NAMED_HEADS = ['综合征', '综合症', '病', '症', '炎', '结石', '结节', '溃疡', '囊肿', '息肉', '增生', '硬化', '衰竭', '梗死', '梗塞',
  '积液', '脓肿', '水肿', '疝', '脱垂', '坏死', '肥大', '曲张', '栓塞', '梗阻', '粘连', '缺损', '失禁', '痉挛', '肿大', '缺血', '瘫', '感冒',
  '痛', '痒', '咳', '咳嗽', '哮喘', '腹泻', '便秘', '失眠'];
const CLAIMED_HEADS = ['疾病', '传染病', '感染', '出血', '障碍', '失调', '紊乱', '麻痹', '瘫痪', '畸形', '萎缩', '狭窄', '下垂', '穿孔', '不全', '肿',
  '不良', '亢进', '减退', '缺乏', '麻木', '扩张', '闭锁', '糜烂',
  // Symptoms and signs (ICD-10 chapter XVIII) as people name them: 头晕, 打鼾, 胸闷, 耳鸣, 呕吐; foot and elbow deformities.
  '晕', '鼾', '闷', '鸣', '吐', '外翻', '内翻', '肘'];
// Rule 3: stems that name no organ, agent or condition (a kind, a course, a stage of illness), and pain qualities.
const GENERIC_STEMS = ['疾', '疫', '杂', '起', '慢', '绝', '血', '并发', '后遗', '适应', '禁忌', '流行', '传染', '遗传', '地方', '职业',
  '慢性', '急性', '急', '常见', '多发', '老年', '热', '寒', '湿', '虚寒'];
const PAIN_QUALITIES = ['疼', '刺', '灼', '钝', '跳', '压', '绞', '酸', '胀', '隐', '剧', '阵', '肿', '放射', '反跳'];
// Rule 4: everyday senses and plant diseases.
const NOT_DISEASES = ['心痛', '红眼病', '神经病', '斯德哥尔摩综合征', '锈病', '软腐病', '病毒病'];
// Rule 4: heads that alone are everyday words, not conditions.
const EVERYDAY_HEADS = ['下垂', '狭窄', '扩张', '紊乱', '失调', '障碍', '不全', '不良', '缺乏', '缺损', '粘连', '硬化', '畸形', '减退', '亢进',
  '闭锁', '糜烂', '穿孔', '肥大', '麻木', '增生', '萎缩', '综合症', '综合征'];

const HAN = /^[\u3400-\u9fff]+$/;

function headOf(word) {
  let best;
  for (const [tier, heads] of [['named', NAMED_HEADS], ['claimed', CLAIMED_HEADS]]) {
    for (const head of heads) if (word.endsWith(head) && (best === undefined || head.length > best.head.length)) best = { tier, head };
  }
  return best;
}

function classify(word) {
  const found = headOf(word);
  if (found === undefined || NOT_DISEASES.includes(word)) return undefined;
  if (word === found.head) return word.length > 1 && !EVERYDAY_HEADS.includes(word) ? 'claimed' : undefined;
  const stem = word.slice(0, -found.head.length);
  if (found.tier === 'named' && (GENERIC_STEMS.includes(stem) || (found.head === '痛' && PAIN_QUALITIES.includes(stem)))) return 'claimed';
  return found.tier;
}

/** Rule 6: shortest first, so a word is kept only when nothing it holds already counts. */
function prune(words, counted) {
  const kept = [];
  for (const word of [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (counted.some((t) => word.includes(t)) || kept.some((k) => word.includes(k))) continue;
    kept.push(word);
  }
  return kept;
}

async function handTerms() {
  const { module } = await runnerImport(join(root, 'lib/listing/check/rule-base/medical.ts'), { configFile: false, root, logLevel: 'silent', resolve: { alias: { '@': root } } });
  const everywhereButDevices = (r) => ['general', 'food', 'health-food', 'cosmetics'].every((c) => r.severity[c] !== 'none');
  return module.MEDICAL_RULES.filter(everywhereButDevices).flatMap((r) => r.terms);
}

export async function generate() {
  const text = readFileSync(sourceFile, 'utf8');
  const sha = createHash('sha256').update(text).digest('hex');
  if (sha !== SHA256) throw new Error(`${sourceFile}: sha256 ${sha}, expected ${SHA256} (the snapshot this rule was written for)`);
  const rows = text.split('\n').filter(Boolean).map((line) => line.split('\t')).map(([word, df]) => ({ word, df: Number(df) }));
  const tiers = { named: [], claimed: [] };
  for (const { word, df } of rows) {
    if (df < MIN_DF || !HAN.test(word)) continue;
    const tier = classify(word);
    if (tier !== undefined) tiers[tier].push(word);
  }
  const hand = await handTerms();
  const named = prune(tiers.named, hand);
  const claimed = prune(tiers.claimed, [...hand, ...named]);
  const list = (words) => words.map((w) => `'${w}'`).join(', ');
  return `// Generated by scripts/gen-disease-lexicon.mjs — do not edit; change the rule there and re-run it.
// Source: ${SOURCE}; sha256 ${SHA256}.
// ${rows.length} words read; document frequency at least ${MIN_DF}; ${named.length} named, ${claimed.length} claimed after dropping words a shorter counted word finds.

/** Disease and symptom names that are a claim wherever they stand in a listing (…病, …炎, …综合征, …痛 of a body part). */
export const NAMED_DISEASES: readonly string[] = [${list(named)}];

/** Conditions with everyday senses, class words and pain qualities: a claim only after a prevention or treatment verb. */
export const CLAIMED_CONDITIONS: readonly string[] = [${list(claimed)}];
`;
}

const out = await generate();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== out) { console.error(`${target} is stale: run node scripts/gen-disease-lexicon.mjs`); process.exit(1); }
} else {
  writeFileSync(target, out);
  console.log(`wrote ${target}`);
}
