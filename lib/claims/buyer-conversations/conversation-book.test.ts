import { describe, expect, it } from 'vitest';
import { createConversationBook, type BookMessage } from '@/lib/claims/buyer-conversations';

let n = 0;
const say = (buyerId: string, from: BookMessage['from'], at: string, text: string): BookMessage =>
  ({ key: `${buyerId}-${n++}`, buyerId, from, at: `2026-11-20T${at}:00+08:00`, text });

const citation = (buyer: string) => say(buyer, 'buyer', '10:05', '根据消费者权益保护法第五十五条，你们要退一赔三，不然就去12315投诉');
const vague = (buyer: string, at = '10:08') => say(buyer, 'buyer', at, '你看着办吧');

describe('conversations per buyer, judged incrementally', () => {
  it('a vague line is flagged after the same buyer cited law, not from a buyer with no history', () => {
    const book = createConversationBook();
    const withHistory = vague('维权小能手88');
    const fresh = vague('小雨点点', '10:09');
    const verdicts = book.add([citation('维权小能手88'), withHistory, fresh]);
    const level = (m: BookMessage) => verdicts.find((v) => v.key === m.key)!.assessment.level;
    expect(['medium', 'high']).toContain(level(withHistory));
    expect(level(fresh)).toBe('none');
  });

  it('the verdict on a later step carries the chain with the earlier times', () => {
    const book = createConversationBook();
    const last = vague('b');
    book.add([citation('b'), last]);
    const chain = book.verdictOf(last.key)!.chain.map((s) => s.label).join(' ');
    expect(chain).toContain('10:05');
    expect(chain).toContain('10:08');
  });

  it('seller and system messages get no verdict, but a buyer\'s words are judged after them', () => {
    const book = createConversationBook();
    const verdicts = book.add([
      say('b', 'seller', '10:00', '根据消费者权益保护法第五十五条退一赔三，给你2000私了'),
      say('b', 'system', '10:01', '买家已上传凭证'),
    ]);
    expect(verdicts).toEqual([]);
  });

  it('older messages loaded above re-judge the buyer\'s later line in conversation order', () => {
    const book = createConversationBook();
    const last = vague('阿强', '10:30');
    expect(book.add([last])[0]!.assessment.level).toBe('none');
    const changed = book.add([citation('阿强')]);
    const relevel = changed.find((v) => v.key === last.key);
    expect(['medium', 'high']).toContain(relevel?.assessment.level);
  });

  it('2,000 older messages loaded above at once replay the buyer\'s conversation once, in time order', () => {
    let conversations = 0;
    const book = createConversationBook(() => (conversations++, {}));
    const last = vague('老王', '23:59');
    book.add([last]);
    const at = (i: number) => `2026-11-20T${String(10 + Math.floor(i / 3600)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+08:00`;
    const older: BookMessage[] = Array.from({ length: 2000 }, (_, i) => ({
      key: `old-${i}`, buyerId: '老王', from: i % 2 ? 'seller' : 'buyer', at: at(i),
      text: i === 1990 ? '根据消费者权益保护法第五十五条，你们要退一赔三，不然就去12315投诉' : '在吗',
    }));
    // The page shows them newest first, as it loads upward.
    const changed = book.add([...older].reverse());
    expect(conversations).toBe(2);
    expect(changed.some((v) => v.key === last.key)).toBe(true);
    expect(['medium', 'high']).toContain(book.verdictOf(last.key)?.assessment.level);
  });

  it('judged in slices, pausing between them, the verdicts are those of one pass', async () => {
    const messages: BookMessage[] = Array.from({ length: 1000 }, (_, i) => ({
      key: `s-${i}`, buyerId: i % 3 ? '甲' : '乙', from: i % 2 ? 'seller' : 'buyer', at: `2026-11-20T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+08:00`,
      text: i === 500 ? '根据消费者权益保护法第五十五条，你们要退一赔三，不然就去12315投诉' : i === 700 ? '你看着办吧' : '在吗',
    }));
    let pauses = 0;
    const sliced = await createConversationBook().addInSlices(messages, async () => void pauses++, 100);
    expect(pauses).toBe(10);
    const once = createConversationBook().add(messages);
    expect(sliced.map((v) => [v.key, v.assessment.level])).toEqual(once.map((v) => [v.key, v.assessment.level]));
    expect(sliced.find((v) => v.key === 's-700')?.assessment.level).toMatch(/medium|high/);
  });

  it('a message seen twice (the page re-rendered it) is judged once', () => {
    const book = createConversationBook();
    const m = citation('b');
    expect(book.add([m]).length).toBe(1);
    expect(book.add([m])).toEqual([]);
  });

  it('a buyer flagged meanwhile is re-judged with that context', () => {
    let flagged = false;
    const book = createConversationBook(() => ({ previouslyFlagged: flagged }));
    const m = say('b', 'buyer', '10:00', '不处理的话我就去12315举报你们');
    const before = book.add([m])[0]!.assessment.score;
    flagged = true;
    const after = book.rejudge('b')[0]!.assessment.score;
    expect(after).toBeGreaterThan(before);
  });
});
