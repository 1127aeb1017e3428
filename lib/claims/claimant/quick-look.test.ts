import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dictionary } from './dictionary';
import { foldTables } from './normalise';
import { saysNothing } from './quick-look';

// The look the sieve stands in front of: every number and every phrase, with no sieve.
function exactlyNothing(text: string): boolean {
  const { fold, skip } = foldTables();
  const numbers = /[0-9０-９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟幺]/;
  return !numbers.test(text) && !dictionary().signalMatcher.containsAny(text, fold, skip);
}

describe('saysNothing', () => {
  test.each(['好的，谢谢亲', '快递到哪了？', '颜色和图片有点不一样', ''])('ordinary chat "%s" needs no reading', (text) => {
    expect(saysNothing(text)).toBe(true);
  });

  test.each(['投诉', '投 诉', '投-诉', '投\u200b訴', '好的，我去12315', 'ＶＸ', '加薇', '已经举报了', '赔我'])('"%s" is read (a phrase spelled apart or Traditional, a number)', (text) => {
    expect(saysNothing(text)).toBe(false);
  });

  test('a message the sieve passes over holds no phrase and no number that counts', () => {
    const phrases = dictionary().patterns;
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(...phrases).map((p) => p.slice(0, 1 + Math.floor(p.length / 2))),
      fc.constantFrom('好', '的', '，', ' ', '-', '吗', '了', '亲', '\u3000', '一下', '两件'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const text = pieces.join('');
      // Idle numerals ("一下") the sieve may pass over; where there is none, both looks agree.
      if (saysNothing(text)) expect(dictionary().signalMatcher.containsAny(text, foldTables().fold, foldTables().skip)).toBe(false);
      else if (exactlyNothing(text)) expect.unreachable(`sieve read "${text}" that says nothing`);
    }), { numRuns: 2000 });
  });
});
