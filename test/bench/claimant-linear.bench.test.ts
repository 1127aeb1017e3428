import { expect, it } from 'vitest';
import { assessMessage } from '@/lib/claims/claimant';
import { MAX_ANALYSED_CHARS } from '@/lib/claims/claimant/read-message';

// Issue 14: time per character must stay flat from 1k to 100k characters whatever a buyer
// types. Prints ms per message and µs per 1,000 characters; asserts only what the seller
// would see (the long message is still judged, and the part past the cap is reported).
const SIZES = [1_000, 5_000, 10_000, 100_000];
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const INPUTS: Record<string, (n: number) => string> = {
  'repeated 假货': (n) => repeat('假货', n),
  'claim text, punctuated': (n) => repeat('没有中文标签，根据消法第五十五条退一赔三，赔我3000元，否则12315举报，别家都赔了588。', n),
  'claim text, no punctuation': (n) => repeat('没有中文标签根据消法第五十五条退一赔三赔我3000元否则12315举报别家都赔了588', n),
  'numerals only': (n) => repeat('一二三四五六七八九十百千万亿', n),
  'digits and 亿': (n) => repeat('5亿', n),
  'ordinary chat': (n) => repeat('亲，请问这款还有货吗？大概什么时候发货呀，谢谢。', n),
};

function time(text: string): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    assessMessage(text);
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2] as number;
}

it('assessMessage time per character is flat from 1k to 100k characters on adversarial input', () => {
  for (const make of Object.values(INPUTS)) assessMessage(make(5_000)); // warm the JIT
  const table: Record<string, Record<string, number>> = {};
  for (const [name, make] of Object.entries(INPUTS)) {
    const row: Record<string, number> = {};
    for (const n of SIZES) {
      const ms = time(make(n));
      row[`${n / 1000}k ms`] = +ms.toFixed(2);
      row[`${n / 1000}k µs/1k chars`] = +((ms * 1000) / (n / 1000)).toFixed(1);
    }
    row['ratio 10k/1k per char'] = +((row['10k µs/1k chars'] as number) / Math.max(row['1k µs/1k chars'] as number, 0.1)).toFixed(2);
    table[name] = row;
  }
  console.log(`\nassessMessage on adversarial input, median of 5 runs (target: ≤ 50 ms per 100,000 characters; past ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters the rest is reported unread, so 100k reads 10k)`);
  console.table(table);
  expect(assessMessage(INPUTS['claim text, punctuated']?.(100_000) ?? '').level).toBe('high');
});
