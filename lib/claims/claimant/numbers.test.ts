import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AMOUNT_LIMIT, scanNumbers } from './numbers';
import { normalise } from './normalise';

const first = (text: string) => scanNumbers(normalise(text).text)[0];

describe('scanNumbers', () => {
  test.each([
    ['二十万', 200_000, 'money'],
    ['一万元', 10_000, 'money'],
    ['3千', 3000, 'money'],
    ['5k', 5000, 'money'],
    ['2w', 20_000, 'money'],
    ['1.5万', 15_000, 'money'],
    ['两千五', 2500, 'money'],
    ['一万二', 12_000, 'money'],
    ['五百块', 500, 'money'],
    ['伍佰元', 500, 'money'],
    ['¥1,200', 1200, 'money'],
    ['八百八十八', 888, 'plain'],
    ['一千零五十', 1050, 'money'],
    ['十倍', 10, 'multiplier'],
    ['3倍', 3, 'multiplier'],
    ['10件', 10, 'quantity'],
    ['24小时', 24, 'duration'],
    ['13812345678', 13_812_345_678, 'plain'],
  ])('%s is %d (%s)', (text, value, unit) => {
    const token = first(text);
    expect(token?.value).toBe(value);
    expect(token?.unit).toBe(unit);
  });

  test('words that merely contain a numeral are not sums', () => {
    expect(scanNumbers(normalise('万一不合适呢').text).filter((t) => t.unit === 'money')).toEqual([]);
  });
});

describe('digits read without building a string', () => {
  test('the value is what Number() reads, short or long, whole or decimal, with thousands separators', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9]\d{0,24}$/), fc.option(fc.stringMatching(/^\d{1,6}$/)), (whole, fraction) => {
      const written = fraction === null ? whole : `${whole}.${fraction}`;
      const [token] = scanNumbers(`赔我${written}元`);
      expect(token?.value).toBe(Math.min(Number(written), AMOUNT_LIMIT));
    }));
    expect(scanNumbers('赔我1,234,567,890,123,456,789元')[0]?.value).toBe(AMOUNT_LIMIT);
    expect(scanNumbers('共1,234.5元')[0]?.value).toBe(1234.5);
  });
});
