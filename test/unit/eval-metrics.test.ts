import { describe, expect, test } from 'vitest';
import { confusionTable, isFlag, scoreBinary, type Level } from '@/test/eval/metrics';

// The evaluation's own arithmetic, checked on a set small enough to count by hand.
describe('claimant evaluation metrics', () => {
  const claimant = (level: Level) => ({ label: 'claimant', positive: true, level });
  const genuine = (level: Level) => ({ label: 'genuine', positive: false, level });
  // claimant: high, medium, low, none → 2 caught, 2 missed
  // genuine: high, low, none, none, none → 1 false alarm (the high), 4 quiet
  const set = [
    claimant('high'), claimant('medium'), claimant('low'), claimant('none'),
    genuine('high'), genuine('low'), genuine('none'), genuine('none'), genuine('none'),
  ];

  test('a flag is medium or high, never low', () => {
    expect(['none', 'low', 'medium', 'high'].map((l) => isFlag(l as Level))).toEqual([false, false, true, true]);
  });

  test('counts, precision, recall and false-alarm rate', () => {
    const s = scoreBinary(set);
    expect(s).toMatchObject({ total: 9, truePositives: 2, falseNegatives: 2, falsePositives: 1, trueNegatives: 4, highOnNegative: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.falseAlarmRate).toBeCloseTo(1 / 5);
  });

  test('a low on a genuine message is neither a false alarm nor a high', () => {
    const s = scoreBinary([genuine('low'), genuine('low')]);
    expect(s.falsePositives).toBe(0);
    expect(s.highOnNegative).toBe(0);
    expect(s.falseAlarmRate).toBe(0);
  });

  test('rates with nothing to divide by are NaN, not a flattering 0 or 1', () => {
    const onlyQuietNegatives = scoreBinary([genuine('none')]);
    expect(onlyQuietNegatives.precision).toBeNaN();
    expect(onlyQuietNegatives.recall).toBeNaN();
    expect(scoreBinary([claimant('high')]).falseAlarmRate).toBeNaN();
  });

  test('the confusion table counts each label against each level', () => {
    const table = confusionTable([...set, { label: 'chat', level: 'none' }]);
    expect([...table.keys()]).toEqual(['claimant', 'genuine', 'chat']);
    expect(table.get('claimant')).toEqual({ none: 1, low: 1, medium: 1, high: 1 });
    expect(table.get('genuine')).toEqual({ none: 3, low: 1, medium: 0, high: 1 });
    expect(table.get('chat')).toEqual({ none: 1, low: 0, medium: 0, high: 0 });
  });
});
