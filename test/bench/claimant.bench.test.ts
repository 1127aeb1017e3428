import { expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { assessMessage, createConversation, type ConversationMessage } from '@/lib/claims/claimant';
import { dictionary } from '@/lib/claims/claimant/dictionary';
import { normalise } from '@/lib/claims/claimant/normalise';

const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 3;
const CONVERSATION_LENGTH = 10_000;

// Deterministic synthetic chat: mostly shop talk and genuine complaints, some claims in
// several styles (Traditional, obfuscated, Chinese numerals), numbers varied.
let seed = 20261123;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const n = () => String(50 + Math.floor(random() * 5000));

const ORDINARY = [
  () => `亲，请问${pick(['这款', '那个', '红色的', 'XL码'])}还有货吗？大概什么时候发货`,
  () => `好的，谢谢亲，已经拍了${1 + Math.floor(random() * 3)}件`,
  () => `快递到哪了？单号${Math.floor(random() * 1e12)}查不到`,
  () => `尺码偏小，可以换一个大一号的吗`,
  () => `收到了，质量不错，会回购的`,
  () => `东西坏了，我要退款，运费险能赔吗`,
  () => `买完就降价了${n()}元，能申请价保吗`,
  () => `有没有中文标签？是正品吗？`,
  () => `再不发货我就投诉了，都三天了`,
  () => `质量太差了，给差评，退货`,
];
const CLAIMS = [
  () => `产品无中文标签，根据消法第五十五条要求退一赔三，共计${n()}元，否则向市场监管局举报`,
  () => `你們的產品沒有中文標籤，根據消費者權益保護法第五十五條，退一賠三，賠我${n()}元`,
  () => `不 赔 钱 就 去 工 - 商，${pick(['三千', '两万', '五百', '一万二'])}块一分不能少`,
  () => `删差评可以，一条${pick(['两百', '三百', n()])}，追评另算`,
  () => `依据食品安全法第148条请支付十倍赔偿金，24小时内答复，否则起诉`,
  () => `私了吧，拿出点诚意，给个数，不然1 2 3 1 5见`,
];
const makeLog = (): string[] => {
  const messages: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const text = random() < 0.15 ? pick(CLAIMS)() : pick(ORDINARY)();
    messages.push(text);
    bytes += Buffer.byteLength(text, 'utf8') + 1;
  }
  return messages;
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (s: number[]) => s[Math.floor(s.length / 2)] as number;
const p99 = (s: number[]) => s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] as number;
const µs = (ms: number) => +(ms * 1000).toFixed(1);

// Baseline: one RegExp per dictionary phrase (Simplified, its Traditional forms and digit
// variants), each run over the raw text — no normalisation, so it is the cheaper job.
const baselinePatterns = (): RegExp[] => {
  const toTraditional = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
  const phrases = new Set<string>();
  for (const p of dictionary().patterns) {
    phrases.add(p);
    for (const convert of toTraditional) phrases.add(convert(p));
  }
  return [...phrases].map((p) => new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'));
};
const countAll = (regexes: RegExp[], text: string) => {
  let hits = 0;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text)) hits++;
  }
  return hits;
};

it('assessMessage over a 10 MB chat log, against one RegExp per phrase', () => {
  const messages = makeLog();
  const log = messages.join('\n');
  const mb = Buffer.byteLength(log, 'utf8') / 1024 / 1024;
  const regexes = baselinePatterns();

  const detectorRuns: number[] = [];
  let perMessage: number[] = [];
  let flagged = 0;
  for (let run = 0; run < RUNS; run++) {
    const times: number[] = new Array<number>(messages.length);
    flagged = 0;
    const started = performance.now();
    for (let i = 0; i < messages.length; i++) {
      const t0 = performance.now();
      const level = assessMessage(messages[i] as string).level;
      times[i] = performance.now() - t0;
      if (level === 'medium' || level === 'high') flagged++;
    }
    detectorRuns.push(performance.now() - started);
    perMessage = times;
  }

  // Matching alone over the whole log (normalise + one Aho–Corasick pass), the like-for-like comparison.
  const matchRuns: number[] = [];
  let matchHits = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    matchHits = dictionary().matcher.findAll(normalise(log).text).length;
    matchRuns.push(performance.now() - started);
  }

  const baselineRuns: number[] = [];
  let baselineHits = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    baselineHits = countAll(regexes, log);
    baselineRuns.push(performance.now() - started);
  }
  // The naive detector as a content script would run it: every phrase's RegExp over each message.
  const baselinePerMessage: number[] = new Array<number>(messages.length);
  const baselineByMessageStarted = performance.now();
  for (let i = 0; i < messages.length; i++) {
    const t0 = performance.now();
    countAll(regexes, messages[i] as string);
    baselinePerMessage[i] = performance.now() - t0;
  }
  const baselineByMessage = performance.now() - baselineByMessageStarted;

  const detector = median(sorted(detectorRuns));
  const matching = median(sorted(matchRuns));
  const baseline = median(sorted(baselineRuns));
  const rate = (ms: number) => +(mb / (ms / 1000)).toFixed(2);
  console.log(`\nclaimant detector, ${mb.toFixed(1)} MB, ${messages.length.toLocaleString('en')} messages, ${regexes.length} baseline RegExps, median of ${RUNS} runs`);
  const bp = sorted(baselinePerMessage);
  const dp = sorted(perMessage);
  console.table({
    'baseline: RegExp per phrase, message by message': { 'MB/s': rate(baselineByMessage), 'total ms': Math.round(baselineByMessage), 'p99 µs/msg': µs(p99(bp)), 'median µs/msg': µs(median(bp)) },
    'assessMessage, message by message': { 'MB/s': rate(detector), 'total ms': Math.round(detector), 'p99 µs/msg': µs(p99(dp)), 'median µs/msg': µs(median(dp)) },
    'baseline: RegExp per phrase, whole log at once': { 'MB/s': rate(baseline), 'total ms': Math.round(baseline), 'p99 µs/msg': NaN, 'median µs/msg': NaN },
    'normalise + Aho–Corasick, whole log at once': { 'MB/s': rate(matching), 'total ms': Math.round(matching), 'p99 µs/msg': NaN, 'median µs/msg': NaN },
  });
  console.table({
    'speed-up over the baseline (× faster)': {
      'per message: MB/s': +(baselineByMessage / detector).toFixed(2),
      'per message: p99': +(p99(bp) / p99(dp)).toFixed(2),
      'whole log: matching only': +(baseline / matching).toFixed(2),
    },
  });
  console.log(`flagged ${flagged} of ${messages.length} messages; phrase hits: detector ${matchHits}, baseline ${baselineHits}`);

  const claims = messages.filter((m) => /赔|诚意|删差评/.test(m) && !/运费险|价保|退款|退货/.test(m));
  expect(claims.length).toBeGreaterThan(0);
  for (const m of claims.slice(0, 200)) expect(['medium', 'high'], m).toContain(assessMessage(m).level);
  for (const m of messages.filter((x) => /^好的，谢谢亲|^收到了，质量不错/.test(x)).slice(0, 200)) expect(assessMessage(m).level).toBe('none');
  expect(matchHits).toBeGreaterThan(0);
  expect(baselineHits).toBeGreaterThan(0);
});

it(`a ${CONVERSATION_LENGTH.toLocaleString('en')}-message conversation fed one message at a time stays flat`, () => {
  const lines = [
    ['buyer', '这个蜂蜜有中文标签吗？'], ['seller', '亲，有的，在罐底'], ['buyer', '好的，谢谢'],
    ['buyer', '快递到哪了'], ['seller', '亲，明天到'], ['buyer', '质量不错'],
  ] as const;
  const messages: ConversationMessage[] = Array.from({ length: CONVERSATION_LENGTH }, (_, i) => {
    const base = Date.parse('2026-11-20T10:00:00+08:00') + i * 60_000;
    const atIso = new Date(base).toISOString().replace('Z', '+00:00');
    // Early, so the first and the last thousand are judged with the same history.
    if (i === 10) return { from: 'buyer', at: atIso, text: '没有中文标签，按食品安全法第148条你们不能卖' };
    if (i === CONVERSATION_LENGTH - 1) return { from: 'buyer', at: atIso, text: '给我三千，这事就算了，不然工商见' };
    const [from, text] = lines[i % lines.length] as (typeof lines)[number];
    return { from, at: atIso, text };
  });

  // Warm the JIT on a separate conversation, so the first thousand measure growth, not warm-up.
  const warmUp = createConversation();
  for (const m of messages.slice(0, 2000)) warmUp.add(m);

  const conversation = createConversation();
  const times = messages.map((m) => {
    const t0 = performance.now();
    conversation.add(m);
    return performance.now() - t0;
  });
  const firstK = sorted(times.slice(0, 1000));
  const lastK = sorted(times.slice(-1000));
  console.log(`\nconversation of ${CONVERSATION_LENGTH.toLocaleString('en')} messages, add() one at a time (µs per message)`);
  console.table({
    'first 1,000': { median: µs(median(firstK)), p99: µs(p99(firstK)) },
    'last 1,000': { median: µs(median(lastK)), p99: µs(p99(lastK)) },
    'ratio last / first': { median: +(median(lastK) / median(firstK)).toFixed(2), p99: +(p99(lastK) / p99(firstK)).toFixed(2) },
  });

  const result = conversation.assessment();
  expect(result.messages).toHaveLength(CONVERSATION_LENGTH);
  expect(result.level).toBe('high');
  expect(result.messages[CONVERSATION_LENGTH - 1]?.signals.some((s) => s.group === 'escalation')).toBe(true);
});
