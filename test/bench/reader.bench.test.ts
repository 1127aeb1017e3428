// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { describePage, readViolationRecords } from '@/lib/standing/extract';
import { bigPageHtml, quantile, rowCount } from './reader-page';

// The floor is the least any reader must do: read every cell's textContent once.
const bigPage = (): Document => new DOMParser().parseFromString(bigPageHtml(), 'text/html');

function floor(doc: Document): number {
  let length = 0;
  for (const cell of Array.from(doc.querySelectorAll('td,th'))) length += (cell.textContent ?? '').length;
  return length;
}

test('reader vs floor on a 1,000-row page (happy-dom)', () => {
  const doc = bigPage();
  const runs = 21;
  const times = { reader: [] as number[], floor: [] as number[], describePage: [] as number[] };
  let read = readViolationRecords(doc);
  floor(doc);
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    read = readViolationRecords(doc);
    times.reader.push(performance.now() - start);
    start = performance.now();
    floor(doc);
    times.floor.push(performance.now() - start);
    start = performance.now();
    describePage(doc);
    times.describePage.push(performance.now() - start);
  }
  const rows = Object.entries(times).map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { name, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
  });
  const [reader, base] = rows;
  console.log(`\nreader benchmark, ${rowCount} rows, ${runs} runs each, happy-dom (${process.version})`);
  console.table(rows.map((row) => ({ what: row.name, 'median ms': row.median.toFixed(1), 'p99 ms': row.p99.toFixed(1) })));
  console.log(`ratio reader/floor (median): ${(reader!.median / base!.median).toFixed(2)} (target ≤ 2)\n`);

  expect(read.problems).toEqual([]);
  expect(read.records).toHaveLength(rowCount);
  expect(read.records[7]).toMatchObject({ id: '20260000007', kind: '延迟发货', points: 8, status: 'appealing', category: 'A' });
});
