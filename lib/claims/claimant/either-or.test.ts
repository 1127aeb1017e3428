import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// 要么…要么 puts a choice to the shop; its 么 is no question, so the clause's claim words still count.
describe('要么…要么: a claim put as a choice', () => {
  eachFlagged([
    '要么退一赔三，要么去投诉',
    '要么假一赔十，要么我在微博上说道说道',
    '要么三倍赔偿，要么咱们12315见',
  ], true);
  test('"要么退一赔三，要么去投诉" reads the multiple asked', () => {
    expect(assessMessage('要么退一赔三，要么去投诉').signals.map((s) => s.id)).toContain('multiplier.phrase');
  });
});

describe('要么…要么 between a refund and an exchange stays quiet', () => {
  eachFlagged([
    '要么退款要么换货，选一个吧',
    '要么退货，要么换货，你们怎么处理？',
    '要么给我补发一个，要么退款，看你们方便',
  ], false);
});

describe('么 in a question still asks', () => {
  eachFlagged(['退一赔三是什么意思', '假一赔十怎么算的'], false);
});
