import { describe, expect, test } from 'vitest';
import { normalise, originalSpan } from './normalise';

describe('normalise', () => {
  test.each([
    ['三 无', '三无'],
    ['1 2 3 1 5', '12315'],
    ['工-商', '工商'],
    ['工\u200b商\u200d局', '工商局'],
    ['１２３１５', '12315'],
    ['ＶＸ', 'vx'],
    ['消費者權益保護法', '消费者权益保护法'],
    ['退壹赔叁', '退一赔三'],
    ['幺二三幺五', '12315'],
    ['1.5万', '1.5万'],
    ['1.2.3.1.5', '12315'],
    ['微*信', '微信'],
  ])('%s reads as %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  test('sentence punctuation stays, so clauses stay apart', () => {
    expect(normalise('好的，谢谢！').text).toBe('好的,谢谢!');
  });

  test('every normalised character maps back to the original characters it came from', () => {
    const original = '你好 ，三 - 无 产品，打 １ ２ ３ １ ５，消費者權益保護法';
    const norm = normalise(original);
    for (const phrase of ['三无', '12315', '消费者权益保护法']) {
      const at = norm.text.indexOf(phrase);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = originalSpan(norm, at, at + phrase.length);
      expect(normalise(original.slice(span.start, span.end)).text).toBe(phrase);
    }
  });
});
