// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readViolationRecords, readViolationRecordsInSlices } from '@/lib/standing/extract';
import { innermostOf } from './cards';

const cardPage = (count: number) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><body><div>${Array.from(
      { length: count },
      (_, i) => `<div><div>滥发信息<span>生效中</span></div><div><p>违规类型：一般违规</p><p>扣分：${(i % 12) + 1}</p><p>违规时间：2026-03-01</p><p>违规原因：第${i}条</p></div></div>`,
    ).join('')}</div></body>`,
    'text/html',
  );

describe('record cards', () => {
  test('the cards’ cores are the candidates no other candidate sits inside, as the pairwise check says', () => {
    document.body.replaceChildren();
    const nodes: Element[] = [];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 400; i++) {
      const node = document.createElement('div');
      (i === 0 || random() < 0.2 ? document.body : nodes[Math.floor(random() * nodes.length)]!).append(node);
      nodes.push(node);
    }
    // In page order, as querySelectorAll gives them.
    const candidates = Array.from(document.body.querySelectorAll('div')).filter(() => random() < 0.5);
    const pairwise = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
    expect(innermostOf(candidates)).toEqual(pairwise);
  });

  test('600 cards are 600 records, each with its title, read in many slices', async () => {
    const doc = cardPage(600);
    const atOnce = readViolationRecords(doc);
    expect(atOnce.records).toHaveLength(600);
    expect(atOnce.records.every((record) => record.kind === '滥发信息')).toBe(true);
    let pauses = 0;
    const sliced = await readViolationRecordsInSlices(doc, {}, { sliceMs: 0, pause: async () => void pauses++ });
    expect(sliced).toEqual(atOnce);
    // The search over the page's elements pauses too, not only the reading of each card.
    expect(pauses).toBeGreaterThan(600 + (600 * 8) / 250);
  }, 60_000);
});
