import { describe, expect, it } from 'vitest';
import { reasonsByKind, stepsByTime } from './badge-reasons';

describe('reasonsByKind', () => {
  it('tells each kind of behaviour once, by its strongest label, with all its evidence, strongest kind first', () => {
    const reasons = reasonsByKind([
      { group: 'threat', label: '提到投诉', evidence: '投诉', weight: 0.2 },
      { group: 'citation', label: '引用《消费者权益保护法》', evidence: '第五十五条', weight: 0.45 },
      { group: 'threat', label: '以举报相威胁', evidence: '举报你', weight: 0.5 },
      { group: 'threat', label: '提到投诉', evidence: '投诉', weight: 0.2 },
      { group: 'combination', label: '以投诉、举报施压并索要金钱', weight: 0.6 },
    ]);
    expect(reasons).toEqual([
      { label: '以投诉、举报施压并索要金钱', evidence: '' },
      { label: '以举报相威胁', evidence: '投诉 / 举报你' },
      { label: '引用《消费者权益保护法》', evidence: '第五十五条' },
    ]);
  });
});

describe('stepsByTime', () => {
  it('gives each time one line with everything done then, in chain order', () => {
    const steps = stepsByTime([
      { label: '引用法条（11-20 10:05）', messageIndex: 0 },
      { label: '提到投诉（11-20 10:05）', messageIndex: 0 },
      { label: '要求赔偿（11-20 10:05）', messageIndex: 1 },
      { label: '提到投诉（11-20 10:07）', messageIndex: 2 },
    ]);
    expect(steps).toEqual([
      { time: '11-20 10:05', what: ['引用法条', '提到投诉', '要求赔偿'] },
      { time: '11-20 10:07', what: ['提到投诉'] },
    ]);
  });

  it('a step without a time keeps its own line, its label whole', () => {
    expect(stepsByTime([{ label: '引用法条', messageIndex: 0 }, { label: '要求赔偿', messageIndex: 1 }])).toEqual([
      { time: '', what: ['引用法条'] },
      { time: '', what: ['要求赔偿'] },
    ]);
  });
});
