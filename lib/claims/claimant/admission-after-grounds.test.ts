import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { assessConversation } from './conversation';
import { buyer, lastLevel, seller } from './conversation.fixture';


describe('the shop pressed to admit blame for a harm, after the same buyer laid grounds', () => {
  test('grounds first (no maker, a fake), then a harm and "你认不认": flagged medium with the grounds named and timed', () => {
    const result = assessConversation([
      buyer('10:00', '我扫了盒子上的码，什么都扫不出来，根本没有厂家'),
      seller('10:02', '亲，这是正规渠道进的货'),
      buyer('10:05', '回家就被里面的竹签扎了手，这事你认不认？'),
    ]);
    const last = result.messages[2];
    expect(last?.level).toBe('medium');
    expect(last?.signals.find((s) => s.id === 'escalation.admission-after-grounds')?.label).toMatch(/商品问题为由（10:00）.*认账/);
    expect(result.extortion).toBe(false);
  });

  test('the same in other words: a fake, then a child hurt and "你们承不承认"; Traditional characters', () => {
    expect(lastLevel(buyer('10:00', '你们卖的是假货'), buyer('10:30', '孩子吃了过敏住院了，你们承不承认？'))).toBe('medium');
    expect(lastLevel(buyer('10:00', '這是三無產品'), buyer('10:30', '吃了拉肚子去了醫院，你認不認帳'))).toBe('medium');
  });

  test('quiet without the grounds before, without a harm, or when it asks whether someone is known', () => {
    // hurt and asking who is to blame, nothing laid before: an injured customer
    expect(lastLevel(buyer('10:00', '孩子吃了拉肚子进了医院，你们认不认？'))).toBe('none');
    // a fake claimed, then only a refund and the question: an ordinary dispute
    expect(lastLevel(buyer('10:00', '这批货是假的'), buyer('10:05', '我要退货，你认不认？'))).not.toBe('medium');
    // grounds and a harm, but no one pressed to own it
    expect(lastLevel(buyer('10:00', '这是三无产品'), buyer('10:05', '孩子吃了过敏去了医院'))).not.toBe('medium');
    // "你认不认识": knowing someone
    expect(lastLevel(buyer('10:00', '这个是假货吧，没有厂家'), buyer('10:05', '手被划伤了，你认不认识这个牌子的老板'))).not.toBe('medium');
    // the seller's words never count
    expect(lastLevel(buyer('10:00', '没有厂家的吗'), seller('10:01', '有的，你认不认这个牌子？'))).toBe('none');
  });

  test('alone, "根本没有厂家" is a pretext that flags nothing', () => {
    expect(assessMessage('根本没有厂家').level).toBe('none');
    expect(assessMessage('根本没有厂家').signals.map((s) => s.id)).toContain('pretext.label');
  });
});
