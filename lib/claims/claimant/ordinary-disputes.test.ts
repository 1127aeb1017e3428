import { expect, test } from 'vitest';
import { assessConversation } from './conversation';
import type { ConversationMessage } from './schema';

const buyer = (text: string): ConversationMessage => ({ from: 'buyer', text });
const seller = (text: string): ConversationMessage => ({ from: 'seller', text });
const isFlag = (level: string) => level === 'medium' || level === 'high';

// The disputes real customer-service chats are full of: a refund, a missing item, a late parcel, pressed with a
// complaint, a bad review, 12315 or "不然…" over several turns. The pressure is for the refund itself, not for money.
const DISPUTES: ConversationMessage[][] = [
  [buyer('东西坏了，给我退款'), seller('亲，需要您寄回来检测'), buyer('不给退我就投诉'), seller('亲，我们需要先检测'), buyer('不然我就找平台介入了')],
  [buyer('快递三天了还没到'), seller('亲，已经催了'), buyer('再不到我就投诉你们'), buyer('你们到底怎么处理？不然我给差评了')],
  [buyer('衣服有色差，要求退货'), seller('亲，色差不属于质量问题哦'), buyer('你们不退的话我就去12315投诉'), buyer('我不要赔偿，只要退货')],
  [buyer('这个是假货，我要退款'), seller('亲，我们是正品'), buyer('不退款我就举报你们卖假货'), buyer('退款就行')],
  [buyer('少发了一件'), seller('亲，我们查一下'), buyer('不补发的话我就投诉到消协'), buyer('给我补发或者退钱')],
];

test('ordinary disputes pressed over several turns (投诉, 差评, 12315, 不然…) are never flagged as a claim', () => {
  for (const dispute of DISPUTES) {
    const result = assessConversation(dispute);
    expect(isFlag(result.level), dispute.map((m) => m.text).join(' / ')).toBe(false);
    expect(result.extortion).toBe(false);
  }
});

test('the same pressure with money asked for on top of the refund is flagged', () => {
  const result = assessConversation([buyer('这个是假货，我要退款'), seller('亲，我们是正品'), buyer('不赔我五百我就举报你们卖假货')]);
  expect(isFlag(result.level)).toBe(true);
});
