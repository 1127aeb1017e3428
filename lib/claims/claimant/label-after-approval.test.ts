import { describe, expect, test } from 'vitest';
import { approves } from './approval';
import { assessConversation } from './conversation';
import { buyer, lastLevel, seller } from './conversation.fixture';


describe('a label pretext raised after the buyer tried and praised the goods', () => {
  test('tried, praised, then a missing label and the money asked back: flagged medium, the earlier praise named with its time', () => {
    const result = assessConversation([
      buyer('10:00', '上次买的尝了，味道不错'),
      seller('10:01', '谢谢亲的支持'),
      buyer('15:30', '包装上没有生产日期，这是三无产品，把钱退给我'),
    ]);
    const last = result.messages[2];
    expect(last?.level).toBe('medium');
    expect(last?.signals.find((s) => s.id === 'escalation.label-after-approval')?.label).toMatch(/称试过且满意（10:00）.*标签/);
    expect(result.extortion).toBe(false);
  });

  test('the same order in other words and scripts: Traditional characters, reported speech, a refund of what was eaten', () => {
    expect(lastLevel(buyer('10:00', '嘗了，感覺很不錯'), buyer('11:00', '這批貨沒有中文標籤，要求全部退款'))).toBe('medium');
    expect(lastLevel(buyer('10:00', '吃了两天挺好吃的'), buyer('12:00', '顾客称商品没有标注产品信息，要求把之前买的两斤退货'))).toBe('medium');
    expect(lastLevel(buyer('10:00', '用着挺好'), buyer('10:30', '没有合格证，你们得退钱'))).toBe('medium');
  });

  test('without the praise before, or with a defect the buyer met, or with the label only asked about, it stays quiet', () => {
    // a label missing and a refund asked, nobody praised anything: an ordinary complaint
    expect(lastLevel(buyer('10:00', '包装没有标注生产日期，我要退货'))).not.toBe('medium');
    // praised, then broken: a defect met, not a technicality found
    expect(lastLevel(buyer('10:00', '用了几天感觉不错'), buyer('11:00', '但是今天坏了，要求退货'))).toBe('none');
    // praised, then the date gone past: a harm met
    expect(lastLevel(buyer('10:00', '吃着挺好'), buyer('11:00', '发现过期了，给我退款'))).not.toBe('medium');
    // praised, then a question about the label: a pre-sale question
    expect(lastLevel(buyer('10:00', '尝了，挺好吃'), buyer('10:05', '这个没有中文标签吗？'))).toBe('none');
    // praised, then more ordered
    expect(lastLevel(buyer('10:00', '吃了，感觉很不错'), buyer('10:05', '还有货吗？再买两斤'))).toBe('none');
  });

  test('no praise to build on: disliked, asked, said by the seller, or in the same line as the label', () => {
    const label = buyer('11:00', '没有中文标签，要求退款');
    expect(lastLevel(buyer('10:00', '感觉不好'), label)).not.toBe('medium');
    expect(lastLevel(buyer('10:00', '味道不错吗？'), label)).not.toBe('medium');
    expect(lastLevel(seller('10:00', '我们家的味道很不错'), label)).not.toBe('medium');
    expect(lastLevel(buyer('10:00', '吃着不错，就是没有中文标签'), label)).not.toBe('medium');
  });
});

describe('approves', () => {
  test('reads the buyer approving of what was tried, in either script', () => {
    expect(approves('嘗了羊肉,感覺很不錯')).toBe(true);
    expect(approves('上次买的味道还不错')).toBe(true);
    expect(approves('这个真好吃')).toBe(true);
  });
  test('not a verdict withheld, reversed or asked', () => {
    expect(approves('感觉不好')).toBe(false);
    expect(approves('感觉好像坏了')).toBe(false);
    expect(approves('没感觉很好')).toBe(false);
    expect(approves('效果不错吗？')).toBe(false);
  });
});
