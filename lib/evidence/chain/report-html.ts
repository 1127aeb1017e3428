import { buyerLabel, type EvidenceEntry, type StoredAssessment } from '@/lib/shared/schema';
import { escapeHtml } from './escape-html';
import { formatBeijing } from '@/lib/shared/time';

export type ReportMeta = {
  shop: string;
  generatedAt: string;
  /** Extra paragraphs (e.g. guidance) shown above the timeline; plain text. */
  notes?: string[];
};

const levelNames: Record<StoredAssessment['level'], string> = { none: '无', low: '低', medium: '中', high: '高' };

const e = escapeHtml;

/** Message time when the page showed one, else capture time: the timeline's order. */
export function timelineTime(entry: EvidenceEntry): string {
  return entry.messageAt ?? entry.capturedAt;
}

export function inTimeOrder(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  return [...entries].sort(
    (a, b) => Date.parse(timelineTime(a)) - Date.parse(timelineTime(b)) || a.seq - b.seq,
  );
}

/** Each buyer's last entry (in chain order) and how many entries the chain holds. */
function chainHeads(entries: readonly EvidenceEntry[]): Array<{ head: EvidenceEntry; count: number }> {
  const heads = new Map<string, { head: EvidenceEntry; count: number }>();
  for (const entry of entries) {
    const seen = heads.get(entry.buyerId);
    heads.set(entry.buyerId, {
      head: seen && seen.head.seq > entry.seq ? seen.head : entry,
      count: (seen?.count ?? 0) + 1,
    });
  }
  return [...heads.values()];
}

const orderDay = (orderAt: string) => (orderAt.length === 10 ? orderAt : formatBeijing(orderAt).slice(0, 10));

function timelineItem(entry: EvidenceEntry): string {
  const { assessment } = entry;
  const when = entry.messageAt
    ? `${formatBeijing(entry.messageAt)}（消息时间）`
    : `${formatBeijing(entry.capturedAt)}（保存时间，页面未显示消息时间）`;
  const signals = assessment.signals.length
    ? `<ul class="signals">${assessment.signals
        .map((s) => `<li>${e(s.label)}：「${e(s.evidence)}」</li>`)
        .join('')}</ul>`
    : '<p class="muted">未识别到索赔特征</p>';
  const amounts = assessment.amounts.length
    ? `<p>提及金额：${assessment.amounts.map((a) => `${a} 元`).join('、')}</p>`
    : '';
  const extortion = assessment.extortion
    ? '<p class="alert">以威胁索要 2000 元以上金钱：可能涉嫌敲诈勒索。</p>'
    : '';
  return `<li class="entry">
<h3>${e(when)}</h3>
<p>买家：${e(buyerLabel(entry))}${entry.orderId ? `&emsp;订单号：${e(entry.orderId)}` : ''}${entry.orderAt ? `（下单 ${e(orderDay(entry.orderAt))}）` : ''}</p>
<blockquote>${e(entry.messageText)}</blockquote>
<p>风险等级：${levelNames[assessment.level]}（${Math.round(assessment.score * 100)} 分）</p>
${signals}${amounts}${extortion}
<p class="meta">页面：${e(entry.pageUrl)}<br>保存时间：${e(formatBeijing(entry.capturedAt))}（${entry.source === 'manual' ? '卖家手动保存' : '标记后保存'}）<br>链序号：${entry.seq}<br>哈希：<code>${entry.hash}</code><br>上一条哈希：<code>${entry.prevHash}</code></p>
</li>`;
}

/** Printable Chinese report: who, which orders, then every message in time order with reasons and hashes. */
export function reportHtml(entries: readonly EvidenceEntry[], meta: ReportMeta): string {
  const buyers = [...new Map(entries.map((x) => [x.buyerId, buyerLabel(x)])).values()];
  const orders = [...new Set(entries.flatMap((x) => (x.orderId ? [x.orderId] : [])))];
  const ordered = inTimeOrder(entries);
  const span = ordered.length
    ? `${formatBeijing(timelineTime(ordered[0]!))} 至 ${formatBeijing(timelineTime(ordered.at(-1)!))}`
    : '—';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>买家消息证据报告 - ${e(meta.shop)}</title>
<style>
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.5em}h3{font-size:1.05em;margin:.2em 0}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}
ol.timeline{list-style:none;padding:0}li.entry{border-left:3px solid #c33;padding:.4em 1em;margin:1em 0;page-break-inside:avoid}
blockquote{white-space:pre-wrap;background:#f6f6f6;margin:.4em 0;padding:.5em .8em;border-radius:4px}
code{font-size:.85em;word-break:break-all}.meta{font-size:.85em;color:#555}.note{white-space:pre-line;border:1px solid #c33;padding:.6em 1em;color:#900}.muted{color:#777}.alert{color:#b00;font-weight:bold}
@media print{body{margin:0}a{color:inherit}}
</style>
</head>
<body>
<h1>买家消息证据报告</h1>
<table>
<tr><th>店铺</th><td>${e(meta.shop)}</td></tr>
<tr><th>买家</th><td>${buyers.map(e).join('<br>') || '—'}</td></tr>
<tr><th>涉及订单</th><td>${orders.map(e).join('、') || '页面未显示订单号'}</td></tr>
<tr><th>消息时间范围</th><td>${e(span)}（北京时间）</td></tr>
<tr><th>证据条数</th><td>${entries.length}</td></tr>
<tr><th>生成时间</th><td>${e(formatBeijing(meta.generatedAt))}（北京时间）</td></tr>
</table>
${(meta.notes ?? []).map((note) => `<div class="note">${e(note)}</div>`).join('\n')}
<h2>消息时间线</h2>
<ol class="timeline">
${ordered.map(timelineItem).join('\n')}
</ol>
<h2>哈希链能证明什么</h2>
<p>以上记录是卖家在自己电脑上用卖家盾保存的。每位买家的记录组成一条 SHA-256 哈希链：每条记录的哈希由该条全部内容（规范 JSON）与上一条记录的哈希共同计算。</p>
<p>哈希链能说明的只有两点：记录的先后顺序，以及<strong>自保存以来</strong>没有被改动、删除或调换顺序（否则哈希对不上）。它不能说明消息出自该买家、与平台上的原始消息一致，也不能说明保存时间属实：任何人都能为自己写下的内容算出一条同样“完整”的链。消息的来源请以平台一方的记录为准（平台聊天记录、订单和退款页面）。</p>
<p>随附的 evidence.json 含全部字段，可按其中 hashInput 的说明独立复核。</p>
<table>
<tr><th>买家</th><th>条数</th><th>链末哈希</th></tr>
${chainHeads(entries)
  .map(({ head, count }) => `<tr><td>${e(buyerLabel(head))}</td><td>${count}</td><td><code>${head.hash}</code></td></tr>`)
  .join('\n')}
</table>
</body>
</html>
`;
}
