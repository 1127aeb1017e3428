// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { describePage, readViolationRecords } from '@/lib/extract';

// A 1,000-row 千牛-style violation page (split Fusion header/body tables, name +
// reason cells, points in the impact text and in their own column). The floor is
// the least any reader must do: read every cell's textContent once.
const rowCount = 1000;
const kinds = ['虚假交易', '滥发信息', '延迟发货', '违背承诺', '描述不符'];

function bigPage(): Document {
  const header = ['违规编号', '违规信息', '处罚影响', '扣分', '处罚时间', '是否申诉', '状态', '操作']
    .map((name) => `<th class="next-table-cell"><div class="next-table-cell-wrapper">${name}</div></th>`)
    .join('');
  const rows: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const cells = [
      `${20260000000 + i}`,
      `<div class="_ruleType_5ha0v_3">${kinds[i % kinds.length]}</div><div class="_reason_5ha0v_9">第${i}条违规的原因说明</div>`,
      `立即下架商品;扣${(i % 12) + 1}分`,
      `${(i % 12) + 1}.0`,
      `2026-03-${day} 10:${String(i % 60).padStart(2, '0')}:00`,
      i % 7 === 0 ? '是' : '否',
      `<span class="next-tag">${i % 7 === 0 ? '申诉中' : '生效中'}</span>`,
      '<a href="#a">我要申诉</a> <a href="#d">查看详情</a>',
    ];
    rows.push(`<tr class="next-table-row">${cells.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`);
  }
  const html = `<!DOCTYPE html><body>
    <div role="tablist"><div role="tab" aria-selected="true" class="next-tabs-tab active">一般违规</div></div>
    <div class="next-table"><div class="next-table-inner">
      <div class="next-table-header"><div class="next-table-header-inner"><table><thead><tr>${header}</tr></thead></table></div></div>
      <div class="next-table-body"><table><tbody>${rows.join('')}</tbody></table></div>
    </div></div></body>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

function floor(doc: Document): number {
  let length = 0;
  for (const cell of Array.from(doc.querySelectorAll('td,th'))) length += (cell.textContent ?? '').length;
  return length;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

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
