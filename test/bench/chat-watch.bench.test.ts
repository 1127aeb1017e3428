// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { createConversationBook } from '@/lib/claims/buyer-conversations';
import { createMessageReader, readMessages, type ChatMessage } from '@/lib/claims/chat-extract';
import { assessConversation } from '@/lib/claims/claimant';

const BUYERS = 5;
const PER_BUYER = 50;
const APPENDED = 100;
const SELLER = '小木屋家居旗舰店:运营01';

const lines = [
  '你好，什么时候发货？',
  '这个收纳盒有没有中文标签？',
  '收到了，有点小划痕，能换一个吗',
  '根据消费者权益保护法第五十五条，你们要退一赔三',
  '不处理我就去12315投诉',
  '你看着办吧',
  '好的谢谢',
];

let minute = 0;
function messageNode(doc: Document, who: string, text: string): HTMLElement {
  minute++;
  const at = new Date(Date.UTC(2026, 10, 20, 0, 0) + minute * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  const wrap = doc.createElement('div');
  wrap.className = '_chatWrap_1fgcw_8';
  const name = doc.createElement('div');
  name.className = '_chatName_1fgcw_12';
  name.textContent = who;
  const time = doc.createElement('span');
  time.textContent = at;
  name.append(time);
  const body = doc.createElement('div');
  body.className = '_chatTextLeft_1fgcw_20';
  body.textContent = text;
  wrap.append(name, body);
  return wrap;
}

const buyerOf = (i: number) => `tb_buyer_${i % BUYERS}`;
const lineOf = (i: number) => lines[(i * 7 + Math.floor(i / BUYERS)) % lines.length]!;

/** Judges every message again from the whole page: what a watcher without incremental reading would do. */
function judgeWholePage(doc: Document): Map<string, string> {
  const all = readMessages(doc);
  const byBuyer = new Map<string | null, ChatMessage[]>();
  for (const m of all) byBuyer.set(m.buyerId, [...(byBuyer.get(m.buyerId) ?? []), m]);
  const levels = new Map<string, string>();
  for (const messages of byBuyer.values()) {
    const result = assessConversation(messages.map((m) => ({ text: m.text, from: m.from, at: m.at })));
    messages.forEach((m, i) => m.from === 'buyer' && levels.set(m.key, result.messages[i]!.level));
  }
  return levels;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)]!;

it(`a chat page of ${BUYERS * PER_BUYER * 2} messages, then ${APPENDED} more one at a time: incremental vs whole-page re-read`, () => {
  const list = document.createElement('div');
  document.body.replaceChildren(list);
  for (let i = 0; i < BUYERS * PER_BUYER; i++) {
    list.append(messageNode(document, buyerOf(i), lineOf(i)), messageNode(document, SELLER, '亲，已为您处理'));
  }

  const reader = createMessageReader(document);
  const book = createConversationBook();
  const started = performance.now();
  const first = reader.read();
  book.add(first);
  const firstScan = performance.now() - started;

  const incremental: number[] = [];
  const baseline: number[] = [];
  let baselineLevels = new Map<string, string>();
  for (let i = 0; i < APPENDED; i++) {
    const node = messageNode(document, buyerOf(i), lineOf(i + 3));
    list.append(node);
    const t0 = performance.now();
    const fresh = reader.read(node);
    book.add(fresh);
    incremental.push(performance.now() - t0);
    if (i % 20 === 0 || i === APPENDED - 1) {
      const t1 = performance.now();
      baselineLevels = judgeWholePage(document);
      baseline.push(performance.now() - t1);
    }
  }

  const rows = [
    ['first scan of the page (ms)', firstScan, firstScan],
    ['incremental, per new message (ms)', median(incremental), p99(incremental)],
    ['baseline: whole page re-read and re-judged (ms)', median(baseline), p99(baseline)],
  ];
  console.log(`\nchat watcher: ${first.length} messages on the page, ${APPENDED} appended one at a time`);
  console.log('| measure | median | p99 |\n| --- | ---: | ---: |');
  for (const [name, med, high] of rows) console.log(`| ${name} | ${(med as number).toFixed(3)} | ${(high as number).toFixed(3)} |`);
  console.log(`ratio baseline/incremental (median): ${(median(baseline) / median(incremental)).toFixed(0)}×`);

  // Correctness: the incremental verdicts agree with judging the whole page from scratch.
  expect(first.length).toBe(BUYERS * PER_BUYER * 2);
  for (const [key, level] of baselineLevels) expect(book.verdictOf(key)?.assessment.level, key).toBe(level);
});
