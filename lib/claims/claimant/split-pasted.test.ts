import { describe, expect, test } from 'vitest';
import { splitPastedConversation } from './split-pasted';
import { ConversationMessage } from './schema';

const pasted = `tb_buyer886 2026-11-20 10:02:11
你好，这个饼干怎么没有中文标签？
我看了两遍

小熊零食旗舰店:小美 2026-11-20 10:04:34
亲，中文标签贴在底部哦
tb_buyer886 2026-11-20 10:13:39
食品安全法第一百四十八条你了解一下`;

describe('splitPastedConversation', () => {
  test('splits by header lines into speaker, Beijing time and multi-line text', () => {
    const messages = splitPastedConversation(pasted);
    expect(messages).toEqual([
      { from: 'buyer', at: '2026-11-20T10:02:11+08:00', text: '你好，这个饼干怎么没有中文标签？\n我看了两遍' },
      { from: 'seller', at: '2026-11-20T10:04:34+08:00', text: '亲，中文标签贴在底部哦' },
      { from: 'buyer', at: '2026-11-20T10:13:39+08:00', text: '食品安全法第一百四十八条你了解一下' },
    ]);
    for (const m of messages) expect(ConversationMessage.safeParse(m).success).toBe(true);
  });

  test('the seller names given mark a main account without the 店铺:子账号 colon', () => {
    const messages = splitPastedConversation('小熊零食旗舰店 2026-11-20 10:04:34\n在的亲\nbuyer1 2026-11-20 10:05:00\n好', ['小熊零食旗舰店']);
    expect(messages.map((m) => m.from)).toEqual(['seller', 'buyer']);
  });

  test('a date inside a message line does not start a new message', () => {
    const messages = splitPastedConversation('buyer1 2026-11-20 10:05:00\n我2026-11-18 09:00:00签收的，怎么没有说明书');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain('签收的');
  });

  test('other header spellings: slashes, brackets, no seconds', () => {
    const messages = splitPastedConversation('buyer1 (2026/11/20 9:05)\n在吗\n系统 2026年11月20日 09:06:00\n买家已付款');
    expect(messages.map((m) => [m.from, m.at])).toEqual([
      ['buyer', '2026-11-20T09:05:00+08:00'],
      ['system', '2026-11-20T09:06:00+08:00'],
    ]);
  });

  test('text without headers is one buyer message; text before the first header is kept but not as the buyer', () => {
    expect(splitPastedConversation('  按消法退一赔三  ')).toEqual([{ from: 'buyer', text: '按消法退一赔三' }]);
    const messages = splitPastedConversation('…上一条的结尾\nbuyer1 2026-11-20 10:05:00\n好');
    expect(messages[0]).toEqual({ from: 'system', text: '…上一条的结尾' });
    expect(messages[1]?.from).toBe('buyer');
  });
});
