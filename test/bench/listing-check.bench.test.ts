import { expect, it } from 'vitest';
import { checkListing, RULE_BASE, type ListingField } from '@/lib/listing/check';

const RUNS = 300;
const AT = new Date('2026-06-01T00:00:00Z');

// Deterministic synthetic listing: plain selling copy with a risky sentence now and then,
// in Simplified, Traditional and spaced-out forms.
let seed = 20261201;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const PLAIN = ['精选优质原料，层层把关。', '规格：500g/袋，保质期12个月。', '收到后请放阴凉干燥处保存。', '第一次购买的顾客请先看尺码表。',
  '最近天气转凉，注意保暖。', '发货地：浙江杭州，48小时内发货。', '最佳赏味期为开封后30天。', '面料：100%棉，可机洗。', '包装尺寸 30×20×10 cm。'];
const RISKY = ['全网最好的品质。', '銷量第一，值得信賴。', '降 血 糖，降血压。', '假一赔十，放心购买。', '纯天然零添加。', '国家级工艺，特供品质。'];
const description = (chars: number) => {
  let text = '';
  while (text.length < chars) text += random() < 0.05 ? pick(RISKY) : pick(PLAIN);
  return text.slice(0, chars);
};
const form = (descChars: number): ListingField[] => [
  { field: 'title', label: '宝贝标题', text: '2026新款 苦荞茶 东北黑土地 独立小包装 全网最好 假一赔十' },
  { field: 'shopping_title', label: '导购标题', text: '第一次喝就爱上' },
  ...Array.from({ length: 20 }, (_, i) => ({ field: `catProp:p-${i}`, label: `属性${i}`, text: pick(['荞乡人', '中国大陆', '罐装', '特级', '500g', '12个月']) })),
  ...Array.from({ length: 8 }, (_, i) => ({ field: `saleProp:p-1627207:${i}`, label: 'SKU 名称', text: pick(['原味 500g', '零添加 250g', '礼盒装']) })),
  { field: 'desc', label: '描述', text: description(descChars) },
];

// Baseline: what a bare-keyword checker does — every rule term searched for in the raw text
// with indexOf, no folding, no allow-list.
const terms = RULE_BASE.rules.flatMap((r) => r.terms);
const bareKeywords = (fields: ListingField[]) => {
  let hits = 0;
  for (const f of fields) for (const t of terms) for (let at = f.text.indexOf(t); at >= 0; at = f.text.indexOf(t, at + 1)) hits++;
  return hits;
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (s: number[]) => s[Math.floor(s.length / 2)] as number;
const p99 = (s: number[]) => s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] as number;
const time = (fn: () => unknown) => { const t = performance.now(); fn(); return performance.now() - t; };

it('checkListing on a whole form (title, 20 attributes, 8 SKUs, 20,000-character description), against bare keyword search', () => {
  const fields = form(20_000);
  const cold = time(() => checkListing(fields, 'food', AT));
  const ours: number[] = [];
  const base: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    ours.push(time(() => { findings = checkListing(fields, 'food', AT).findings.length; }));
    base.push(time(() => bareKeywords(fields)));
  }
  const o = sorted(ours);
  const b = sorted(base);
  const bigger = form(200_000);
  const big = sorted(Array.from({ length: 30 }, () => time(() => checkListing(bigger, 'food', AT))));

  const check = checkListing(fields, 'food', AT);
  const texts = new Set(check.findings.map((f) => f.text));
  for (const word of ['最好', '銷量第一', '降 血 糖', '假一赔十', '纯天然', '零添加', '国家级', '特供']) expect(texts.has(word), word).toBe(true);
  expect(check.findings.some((f) => f.text.includes('最近') || f.text.includes('最佳') || f.text.includes('第一次'))).toBe(false);

  console.log('\nlisting-check: whole form, ms');
  console.table({
    'checkListing (20k desc)': { median: +median(o).toFixed(3), p99: +p99(o).toFixed(3), findings },
    'first call incl. compiling the rule base': { median: +cold.toFixed(3), p99: '', findings: '' },
    'baseline: bare indexOf per term': { median: +median(b).toFixed(3), p99: +p99(b).toFixed(3), findings: '' },
    'checkListing (200k desc)': { median: +median(big).toFixed(3), p99: +p99(big).toFixed(3), findings: '' },
  });
  console.log(`ratio ours/baseline (median): ${(median(o) / median(b)).toFixed(2)}; 200k/20k (linearity, 10× text): ${(median(big) / median(o)).toFixed(2)}`);
});
