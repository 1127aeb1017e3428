import { dictionary } from './dictionary';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { scanNumbers, type NumberToken } from './numbers';
import { NUMBER_SIGNALS, PHRASE_RULES, type PhraseRule, type SignalGroup } from './signal-table';

interface Span { start: number; end: number }
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Something found in the text, located in the original. */
export interface Finding {
  id: string;
  group: SignalGroup;
  label: string;
  weight: number;
  start: number;
  end: number;
  rule?: PhraseRule;
}

export interface AmountFinding {
  value: number;
  start: number;
  end: number;
  /** demand: "赔我2000"; price: "花了179", "退款50元"; unknown: a sum with no telling words. */
  role: 'demand' | 'price' | 'unknown';
}

/** What one message says, before any judgement. */
export interface MessageReading {
  text: string;
  findings: Finding[];
  amounts: AmountFinding[];
  /** Asks for a refund, an exchange, a resend or an answer. */
  ordinaryRequest: boolean;
  /** Pretexts asked as questions ("有中文标签吗？"): harmless alone, remembered by a conversation. */
  askedPretext: boolean;
}

const CLAUSE_END_CODES = new Set([...',.!?;:、\n'].map((c) => c.charCodeAt(0)));
const NEGATION = /(不|没|别|无需|不用|不想|不会|不要|没有|并不|不打算|不准备|不至于)(会|想|要|打算|准备|去|用|需要)?$/;
const RELUCTANT = /(不想|不愿|不愿意|不希望)(去|到|找|走到)?$/;
const CONDITION_AFTER = /^[^.!?\n]{0,9}就/;
const RELUCTANT_RULE = PHRASE_RULES.find((r) => r.id === 'veiled.reluctant') as PhraseRule;
const RHETORICAL = /懂不懂|知不知道|懂吗|明白吗|知道吗|清楚吗|不是吗/;
const QUESTION_WORDS = /吗|么|有没有|是不是|是否|能不能|可不可以|会不会|有无|带不带|附带|[?]/;
const PRICE_WORDS = ['退款', '退', '价格', '价钱', '标价', '花了', '买', '付了', '支付了', '拍的', '拍了', '运费', '原价', '售价', '单价', '总共', '一共', '才', '订单', '快递', '优惠', '券', '差价', '只要', '便宜', '贵'];
const DEMAND_WORDS = ['赔', '补偿', '给我', '给', '转', '要', '拿', '返', '一单', '每单', '私了', '诚意', '开价', '至少', '最少', '起码', '不低于', '少于', '低于', '红包', '损失', '封口', '删', '一条', '每条', '准备', '出'];
const DEMAND_AFTER = /^(我就|就|否则|不然|私了|这事|此事|了结|了事|解决|搞定|撤|删|一条|不举报|不投诉|不差评)/;

const isClauseEnd = (code: number) => CLAUSE_END_CODES.has(code);

function clauseBounds(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !isClauseEnd(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && !isClauseEnd(text.charCodeAt(end))) end++;
  // a question mark right after the clause belongs to it
  return { start, end: end < text.length && text[end] === '?' ? end + 1 : end };
}

function lastIndexOfAny(window: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const at = window.lastIndexOf(w);
    if (at >= 0 && at + w.length > best) best = at + w.length;
  }
  return best;
}

const HOTLINES = new Set([12315, 12345, 12331, 110, 12358]);

function amountRole(norm: string, token: NumberToken, platformSpans: readonly Span[]): AmountFinding['role'] {
  const clause = clauseBounds(norm, token.start, token.end);
  const windowStart = Math.max(clause.start, token.start - 8);
  if (platformSpans.some((s) => s.end > windowStart && s.end <= token.start)) return 'price';
  const window = norm.slice(windowStart, token.start);
  const price = lastIndexOfAny(window, PRICE_WORDS);
  const demand = lastIndexOfAny(window, DEMAND_WORDS);
  // A bare number must follow the demand word closely ("赔我2000", not "我要打12315").
  const close = token.unit === 'money' || window.length - demand <= 2;
  if (demand > price && close) return 'demand';
  if (DEMAND_AFTER.test(norm.slice(token.end, token.end + 4)) && price < 0) return 'demand';
  if (price >= 0) return 'price';
  return 'unknown';
}

const PURCHASE_BEFORE = /(买|拍|下|订|购|共|囤|入)[了过]?[\u4e00-\u9fff]{0,2}$/;
const PURCHASE_AFTER = /^(都)?(买|拍|下单|购)/;
const ARTICLE_AFTER = /[条款项章节号]/;
const PHONE = /^1[3-9]\d{9}$/;
// "罚款二十万起" quotes the regulator's fine: a sum the seller would pay the state, not the buyer.
const FINE_BEFORE = /(罚款|罚金|处罚|处以|罚)[^，。,.!?！？]{0,3}$/;


function numberFindings(norm: NormalisedText, tokens: NumberToken[], platformSpans: readonly Span[]): { findings: Finding[]; amounts: AmountFinding[] } {
  const findings: Finding[] = [];
  const amounts: AmountFinding[] = [];
  const at = (t: NumberToken) => originalSpan(norm, t.start, t.end);
  for (const t of tokens) {
    // "第五十五条" is an article, not a sum.
    if (norm.text[t.start - 1] === '第' || ARTICLE_AFTER.test(norm.text[t.end] ?? '')) continue;
    if (t.unit === 'multiplier' && t.value >= 2) {
      findings.push({ ...NUMBER_SIGNALS.multiplier, ...at(t) });
    } else if (t.unit === 'quantity' && t.value >= NUMBER_SIGNALS.bulk.min
      && (PURCHASE_BEFORE.test(norm.text.slice(Math.max(0, t.start - 5), t.start)) || PURCHASE_AFTER.test(norm.text.slice(t.end, t.end + 3)))) {
      const b = NUMBER_SIGNALS.bulk;
      findings.push({ id: b.id, group: b.group, label: b.label, weight: t.value >= b.big ? b.bigWeight : b.weight, ...at(t) });
    } else if (t.unit === 'duration' && (/^(之|以)?内/.test(norm.text.slice(t.end, t.end + 2)) || /(给你|限你)$/.test(norm.text.slice(Math.max(0, t.start - 2), t.start)))) {
      findings.push({ ...NUMBER_SIGNALS.deadline, ...at(t) });
    } else if (t.digitsOnly && PHONE.test(norm.text.slice(t.start, t.end))) {
      findings.push({ ...NUMBER_SIGNALS.phone, ...at(t) });
    } else if (t.unit === 'money' || (t.unit === 'plain' && !t.digitsOnly && t.value >= 100) || (t.unit === 'plain' && t.value >= 50 && t.value < 100_000)) {
      if (t.digitsOnly && HOTLINES.has(t.value)) continue;
      if (FINE_BEFORE.test(norm.text.slice(Math.max(0, t.start - 6), t.start))) continue;
      const role = amountRole(norm.text, t, platformSpans);
      // A bare number in digits counts only when the words around it ask for it ("赔我2000"),
      // or as a sum after pressure (judged later); ids and prices are dropped.
      if (t.unit === 'plain' && t.digitsOnly && (role === 'price' || t.value < 100 || t.value >= 1_000_000)) continue;
      amounts.push({ value: t.value, role, ...at(t) });
    }
  }
  return { findings, amounts };
}

/** Reads one message: phrases, numbers and sums, each located in the original text. */
export function readMessage(text: string): MessageReading {
  const norm = normalise(text);
  const { matcher, entries } = dictionary();
  const hits = matcher.findAll(norm.text);

  const cancelled: Span[] = [];
  const ordinary: Span[] = [];
  const refusals: Span[] = [];
  for (const hit of hits) {
    const entry = entries[hit.pattern];
    if (entry?.kind === 'platform-compensation') { cancelled.push(hit); ordinary.push(hit); }
    else if (entry?.kind === 'ordinary-request') ordinary.push(hit);
    else if (entry?.kind === 'rule' && entry.rule.cancelsOrdinary) refusals.push(hit);
  }
  const ordinaryRequest = ordinary.some((o) => !refusals.some((r) => r.start <= o.start && o.end <= r.end));
  let askedPretext = false;

  // Longest hit first, so a hit inside a longer one of the same group is dropped.
  const ruleHits = hits
    .filter((h) => entries[h.pattern]?.kind === 'rule')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  const kept: Array<{ start: number; end: number; group: SignalGroup }> = [];
  for (const hit of ruleHits) {
    const rule = (entries[hit.pattern] as { rule: PhraseRule }).rule;
    if (cancelled.some((c) => c.start <= hit.start && hit.end <= c.end)) continue;
    // "12345" inside a phone number is not the hotline.
    if (isDigit(norm.text[hit.start - 1]) || isDigit(norm.text[hit.end])) {
      if (isDigit(norm.text[hit.start]) || isDigit(norm.text[hit.end - 1])) continue;
    }
    // Inside a longer phrase the shorter one adds nothing ("打假的" is not "假的"), except a demand
    // ("惩罚性赔偿" still asks for money).
    if (kept.some((k) => (k.group === rule.group || rule.group !== 'demand') && k.start <= hit.start && hit.end <= k.end)) continue;
    const before = norm.text.slice(Math.max(0, hit.start - 4), hit.start);
    if (rule.negatable && NEGATION.test(before)) {
      // "我也不想去工商" still names the threat; "不赔就…" is a condition, not a refusal.
      if (rule.threat && rule.group === 'threat' && RELUCTANT.test(before)) {
        findings.push({ ...RELUCTANT_RULE, group: RELUCTANT_RULE.group, rule: RELUCTANT_RULE, ...originalSpan(norm, hit.start, hit.end) });
        kept.push({ start: hit.start, end: hit.end, group: rule.group });
        continue;
      }
      if (!(rule.group === 'demand' && CONDITION_AFTER.test(norm.text.slice(hit.end, hit.end + 10)))) continue;
    }
    if (rule.questionCancels) {
      const clause = clauseBounds(norm.text, hit.start, hit.end);
      const asked = norm.text.slice(clause.start, clause.end);
      if (QUESTION_WORDS.test(asked) && !RHETORICAL.test(asked)) {
        if (rule.group === 'pretext') askedPretext = true;
        continue;
      }
    }
    kept.push({ start: hit.start, end: hit.end, group: rule.group });
    findings.push({ id: rule.id, group: rule.group, label: rule.label, weight: rule.weight, rule, ...originalSpan(norm, hit.start, hit.end) });
  }

  // A sum right after platform compensation ("运费险赔了12元") is not a demand.
  const numbers = numberFindings(norm, scanNumbers(norm.text), cancelled);
  return { text, findings: [...findings, ...numbers.findings], amounts: numbers.amounts, ordinaryRequest, askedPretext };
}
