import fc from 'fast-check';
import { expect, it } from 'vitest';
import { checkListing } from './check-listing';

const PIECES = ['最好', '最近', '第一', '第一次', '國家級', '降 血 糖', '假一赔十', '零添加', '　', ' ', '·', '纯棉', 'ＴＯＰ１', '\u200b', '不是', '专利', 'ZL2018', '首页'];

// The overlay draws exactly the characters a finding names, whatever was folded or dropped around them.
it('every finding names a non-empty range of the original text, in order', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    const { findings } = checkListing([{ field: 'f', label: '', text }], 'food', new Date('2026-06-01T00:00:00Z'));
    let last = -1;
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.start;
    }
  }));
});
