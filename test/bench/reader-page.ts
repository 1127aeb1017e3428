// The 1,000-row 千牛-style violation page both reader benchmarks read (happy-dom
// and Chromium): split Fusion header/body tables, name + reason cells, points in
// the impact text and in their own column, a category tab bar above; the
// header shows the logged-in nick and the page's totals, as 千牛 does.
export const rowCount = 1000;
const kinds = ['虚假交易', '滥发信息', '延迟发货', '违背承诺', '描述不符'];

/** Row i's 处罚时间: a fixed March 2026 day by default (the reader benches parse it, nothing counts it). */
const marchDay = (i: number) => `2026-03-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`;

export function bigPageHtml(rows = rowCount, timeOf: (i: number) => string = marchDay): string {
  const header = ['违规编号', '违规信息', '处罚影响', '扣分', '处罚时间', '是否申诉', '状态', '操作']
    .map((name) => `<th class="next-table-cell"><div class="next-table-cell-wrapper">${name}</div></th>`)
    .join('');
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cells = [
      `${20260000000 + i}`,
      `<div class="_ruleType_5ha0v_3">${kinds[i % kinds.length]}</div><div class="_reason_5ha0v_9">第${i}条违规的原因说明</div>`,
      `立即下架商品;扣${(i % 12) + 1}分`,
      `${(i % 12) + 1}.0`,
      timeOf(i),
      i % 7 === 0 ? '是' : '否',
      `<span class="next-tag">${i % 7 === 0 ? '申诉中' : '生效中'}</span>`,
      '<a href="#a">我要申诉</a> <a href="#d">查看详情</a>',
    ];
    body.push(`<tr class="next-table-row">${cells.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`);
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>违规管理</title></head><body>
    <div class="_topBar_k3m9x_1"><span>卖家工作台</span><span class="_nick_k3m9x_12" title="当前登录">小木屋家居旗舰店:运营01</span></div>
    <div class="_summary_z81ka_3"><div><span>一般违规累计扣分</span><b>36</b></div><div><span>严重违规累计扣分</span><b>0</b></div></div>
    <div role="tablist"><div role="tab" aria-selected="true" class="next-tabs-tab active">一般违规</div></div>
    <div class="next-table"><div class="next-table-inner">
      <div class="next-table-header"><div class="next-table-header-inner"><table><thead><tr>${header}</tr></thead></table></div></div>
      <div class="next-table-body"><table><tbody>${body.join('')}</tbody></table></div>
    </div></div></body></html>`;
}

export const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
