import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { flagged } from './flagged.fixture';

describe('a claim is read by its shape, not by its words', () => {
  test('money moved by any give verb, against a withdrawn report, is high', () => {
    expect(assessMessage('你们要是把钱转了，我就不投诉了').level).toBe('high');
    expect(assessMessage('钱给到位，这事就算了，不然我去工商').level).toBe('high');
  });

  test('a refund sum inside "不退…就" is what the threat asks for', () => {
    const result = assessMessage('不退300元就一直挂着差评');
    expect(result.amounts).toContain(300);
    expect(flagged('不退300元就一直挂着差评')).toBe(true);
    expect(flagged('不给我返200，我就给你打一星')).toBe(true);
  });

  test('what other shops settled for, with a sum, is flagged; a price compared with another shop is not', () => {
    expect(flagged('别人都是388元解决的，你看着办')).toBe(true);
    expect(flagged('这家比别家贵了近100块钱，性价比不高')).toBe(false);
  });

  test('a review that tells of a complaint and compensation is at most medium, never high', () => {
    for (const review of [
      '投诉之后客服一遍遍推脱，最后说赔偿1000京豆也是忽悠的',
      '才几天就降价了，给我补偿！差评！',
      '前台要求赔偿110元，我们很不开心，投诉到12315',
    ]) expect(assessMessage(review).level).not.toBe('high');
  });

  test('"not" before withdrawing is a refusal; "then not" after a condition is the exchange', () => {
    expect(assessMessage('我不撤诉，等商家来沟通').level).not.toBe('high');
    expect(flagged('不给两千就不撤诉')).toBe(true);
  });

  test('"less than two days and" is no ultimatum', () => {
    expect(flagged('买了不到2天就降了200，希望给点补偿')).toBe(false);
  });

  test('numbers that are not sums: points, beans, and numbers glued to a name', () => {
    expect(assessMessage('京东答应给我1000京豆补偿').amounts).not.toContain(1000);
    expect(assessMessage('Motel268酒店前台让我赔偿').amounts).not.toContain(268);
    expect(assessMessage('@安琪儿813 你说的监管部门呢').amounts).not.toContain(813);
  });
});
