import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { MAX_ANALYSED_CHARS } from './read-message';
import { Assessment } from './schema';

const level = (text: string) => assessMessage(text).level;

// Phrasings written here for the concept slots (issue 13); the real messages in
// test/data are measured by `npm run eval`, never copied into tests.
describe('concept slots: an ultimatum for money is caught however it is worded', () => {
  test.each([
    '不想被投诉的话，转五百过来',
    '要么打款，要么等着12315',
    '钱到账我就撤回投诉',
    '退我两百，不然差评一直挂着',
    '赔三千，否则起诉，顺便发小红书',
    '不給錢就檢舉到消保會，再給負評',
    '你已经被我举报了，想撤就加v私聊',
  ])('%s', (text) => {
    expect(['medium', 'high']).toContain(level(text));
  });

  test('several kinds of leverage beside a demand weigh more than one', () => {
    expect(assessMessage('赔我三千，不然12315').score).toBeLessThanOrEqual(assessMessage('赔我三千，不然12315、抖音曝光、起诉').score);
  });
});

describe('stock phrases, dates, sizes and order fields are not sums', () => {
  test.each([
    ['千万别买，一星都不想给', 'none'],
    ['百度了一下，百分百是假货，差评', 'low'],
    ['我618买的，等了一个月，差评', 'low'],
    ['腰围大了2厘米，尺码80*3，差评', 'low'],
    ['订单金额:492元，已经到海关了吗？', 'low'],
  ])('%s', (text, expected) => {
    const a = assessMessage(text);
    expect(a.amounts).toEqual([]);
    expect(['none', 'low']).toContain(a.level);
    expect(a.level === 'none' || expected === 'low').toBe(true);
  });

  test('a bare number far from any pressure is not a demand', () => {
    expect(assessMessage('房费738，早餐难吃，卫生差，服务也差，位置偏，再也不来了，差评').amounts).toEqual([]);
  });
});

describe('a sum too large to be real', () => {
  const text = `不赔就举报，赔我5${'亿'.repeat(40)}元`;
  test('stays finite, is labelled 金额异常 and the assessment still validates (so it can be saved)', () => {
    const a = assessMessage(text);
    expect(a.amounts.every(Number.isFinite)).toBe(true);
    expect(a.signals.some((s) => s.label.includes('金额异常'))).toBe(true);
    expect(Assessment.safeParse(a).success).toBe(true);
    expect(a.level).toBe('high');
  });
});

describe('a very long message', () => {
  test('is read up to the cap and the rest is reported, never silently dropped', () => {
    const text = `${'亲，请问什么时候发货？'.repeat(Math.ceil(MAX_ANALYSED_CHARS / 11))}赔我三千，否则举报`;
    const a = assessMessage(text);
    const notice = a.signals.find((s) => s.id === 'notice.unread');
    expect(notice?.label).toContain(String(text.length - MAX_ANALYSED_CHARS));
    expect(notice?.start).toBe(MAX_ANALYSED_CHARS);
    expect(Assessment.safeParse(a).success).toBe(true);
  });

  test('repeats of one phrase give one reason each, not thousands', () => {
    const a = assessMessage('假货'.repeat(3000));
    expect(a.signals.filter((s) => s.id === 'pretext.counterfeit').length).toBeLessThanOrEqual(5);
  });
});
