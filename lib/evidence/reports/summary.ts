import { inTimeOrder, timelineTime } from '@/lib/evidence/chain';
import { formatBeijing } from '@/lib/shared/time';
import type { EvidenceEntry } from '@/lib/shared/schema';

export type SummaryInput = {
  shop: string;
  entries: readonly EvidenceEntry[];
  /** Orders the seller reports; the entries' order ids are added. */
  orderIds?: readonly string[];
  /** Order dates the page or the seller gave, by order id (a Map: an order id may be any text, "constructor" included). */
  orderDates?: ReadonlyMap<string, string>;
};

const excerpt = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

const yuan = (amount: number) => `${amount.toLocaleString('en-US')} 元`;

// The extortion combination has its own line below, and its label carries advice meant for the seller;
// "此前已有消息被标记" speaks of this extension's own watchlist, which means nothing to the platform.
const FOR_THE_SELLER_ONLY = new Set(['combination.extortion', 'context.flagged-before']);
// An escalation retells the earlier steps ("此前已…（10:02），现…"): the numbered messages below show them with their times.
const RETOLD = new Set(['escalation']);

/**
 * What the buyer did, once per kind of behaviour (the strongest wording of each
 * signal group, over all the messages), in the platform's terms (no advice to the seller).
 */
const behaviours = (entries: readonly EvidenceEntry[]): string[] => {
  const strongest = new Map<string, { label: string; weight: number }>();
  for (const s of entries.flatMap((x) => x.assessment.signals)) {
    if (FOR_THE_SELLER_ONLY.has(s.id) || RETOLD.has(s.group)) continue;
    const kept = strongest.get(s.group);
    if (!kept || s.weight > kept.weight) strongest.set(s.group, { label: s.label, weight: s.weight });
  }
  return [...new Set([...strongest.values()].map((k) => k.label.replace(/（[^）]*建议[^）]*）/g, '')))];
};

const timeSpan = (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`);

export function reportOrderIds(input: Pick<SummaryInput, 'entries' | 'orderIds'>): string[] {
  return [...new Set([...(input.orderIds ?? []), ...input.entries.flatMap((x) => (x.orderId ? [x.orderId] : []))])];
}

/**
 * The text copied to the clipboard for the report form: orders, buyer, dates,
 * what the buyer demanded and the evidence hashes. Describes behaviour, never
 * labels the person.
 */
export function reportSummary(input: SummaryInput): string {
  const entries = inTimeOrder(input.entries);
  const buyers = [...new Map(entries.map((x) => [x.buyerId, x.buyerNick ? `${x.buyerNick}（ID：${x.buyerId}）` : x.buyerId])).values()];
  const orders = reportOrderIds(input).map((id) => {
    const date = input.orderDates?.get(id);
    return date ? `${id}（下单 ${date}）` : id;
  });
  const demands = behaviours(entries);
  const amounts = [...new Set(entries.flatMap((x) => x.assessment.amounts))].sort((a, b) => a - b);
  const first = entries[0];
  const last = entries.at(-1);
  const lines = [
    '【遇到职业投诉人-举报说明】',
    `店铺：${input.shop}`,
    `买家：${buyers.join('、') || '—'}`,
    `涉及订单：${orders.join('、') || '页面未显示订单号'}`,
    first && last ? `沟通时间：${timeSpan(formatBeijing(timelineTime(first)), formatBeijing(timelineTime(last)))}（北京时间）` : null,
    `对方诉求与依据：${demands.join('；') || '—'}`,
    amounts.length ? `索要金额：${amounts.map(yuan).join('、')}` : null,
    entries.some((x) => x.assessment.extortion) ? '对方以威胁索要 2000 元以上金钱，可能涉嫌敲诈勒索，已保留证据。' : null,
    `证据（共 ${entries.length} 条，SHA-256 哈希链，可由证据包 evidence.json 复核）：`,
    ...entries.map(
      (x, i) => `${i + 1}. ${formatBeijing(timelineTime(x))}「${excerpt(x.messageText)}」${x.orderId ? ` 订单 ${x.orderId}` : ''} 哈希 ${x.hash}`,
    ),
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}
