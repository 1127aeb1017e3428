import { splitClauses, clauseSpan, type Clauses } from './clauses';
import { CONCEPT_WINDOW, type Concept } from './concept-table';
import type { PatternHit } from '@/lib/shared/phrases';
import { dictionary, type DictionaryEntry } from './dictionary';
import { MARK_HUA, MARK_NUMERAL, MARK_RULE, MARK_THEN, normalise, originalEnd, originalStart, type NormalisedText } from './normalise';
import { scanNumbers, type NumberToken } from './numbers';
import { saysNothing } from './quick-look';
import { sortSmall } from './sort-small';
import { ASKED_OF_ME, NUMBER_SIGNALS, TAKEN_FROM_ME, PHRASE_RULES, WISHED_BETTER, type PhraseRule, type SignalGroup } from './signal-table';

interface Span { start: number; end: number }
// By code, not by character: reading text[i] of Chinese text allocates a string each time.
const digitAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 0x30 && c <= 0x39; };

/** Longer messages are read up to here; the rest is reported as unread, never silently dropped. */
export const MAX_ANALYSED_CHARS = 10_000;

/** Something found in the text, located in the original. */
export interface Finding {
  id: string;
  group: SignalGroup;
  label: string;
  weight: number;
  start: number;
  end: number;
  /** Clause index in the normalised text (for combining only what stands close together). */
  clause: number;
  rule?: PhraseRule;
}

export interface AmountFinding {
  value: number;
  start: number;
  end: number;
  clause: number;
  /** demand: "赔我2000"; price: "花了179", "退款50元"; unknown: a sum with no telling words. */
  role: 'demand' | 'price' | 'unknown';
  /** Written with a unit of money (元, 块, 万…), not a bare number. */
  money: boolean;
  /** Told as paid ("别家赔了588", "给了我488"): what others settled for. */
  paid: boolean;
  /** Too large to be a real sum (clamped): shown as 金额异常. */
  anomalous: boolean;
}

/** A concept slot filled in one clause (issue 13), located in the original. */
export interface ConceptHit {
  concept: Concept;
  clause: number;
  start: number;
  end: number;
}

/** What one message says, before any judgement. */
export interface MessageReading {
  text: string;
  findings: Finding[];
  amounts: AmountFinding[];
  concepts: ConceptHit[];
  /** Asks for a refund, an exchange, a resend or an answer. */
  ordinaryRequest: boolean;
  /** Pretexts asked as questions ("有中文标签吗？"): harmless alone, remembered by a conversation. */
  askedPretext: boolean;
  /** Characters past MAX_ANALYSED_CHARS, not read. */
  unread: number;
}

// Cantonese negates with 唔 and 冇 ("唔会投诉", "唔使赔", "唔好报警", "冇打算告你").
const NEGATION = /(不|没|别|无需|不用|不想|不会|不要|没有|并不|不打算|不准备|不至于|唔|冇|唔使|唔好|冇打算)(会|想|要|打算|准备|去|用|需要|使)?$/;
const RELUCTANT = /(不想|不愿|不愿意|不希望|唔想|唔愿意|唔希望)(去|到|找|走到|揾)?$/;
// "不赔钱就…", "不给钱的话…", "如商家不同意赔偿,则向…": a condition, not a refusal.
// (Cantonese: "唔赔钱嘅话…", "唔俾钱就…")
const CONDITION_AFTER = /^(?:[的嘅]话|[^.!?\n]{0,9}(?:就|则(?=[以向会要将去把找])|嘅话))/;
// "如不赔偿,将向…", "若商家不同意赔偿": a negation inside an if-clause is the condition itself.
const IF_NOT = /(?:如|若|如果|要是|假如|倘若|若果)[^,.!?;]{0,5}(?:不|没|唔|冇)(?:肯|愿意|同意|答应)?$/;
const conditional = (text: string, at: number) => IF_NOT.test(text.slice(Math.max(0, at - 10), at));
// "不然就不给换房", "不赔就不让走": the other side's ultimatum, told in a review (a claimant's consequence is a lever,
// or a review kept: "不给钱就不删差评").
const REFUSED_SERVICE = /^(?:[就我们哋,]{0,3})(?:不让|不能|不准|不予|不送|不发|不退|不给(?!好评|你好评|你们好评)|别想|把我|唔准|唔俾走|唔畀走)/;
// "删除差评就给我转账20元": a seller's offer for the review, told by the buyer (a claimant pays nothing for it).
const OFFERED_FOR = /^了?(?:就|后|之后|以后)(?:会)?(?:给|返|补|送|赔|退)(?:我|你)/;
const CONDITION_SIGNALS: ReadonlySet<string> = new Set(['settlement.deadline', 'demand.conditional']);
// Every refusal REFUSED_SERVICE reads starts with one of these, at most three characters in: a window holding none is no refusal.
const REFUSING = new Uint8Array(0x10000);
for (const c of '不别把唔') REFUSING[c.charCodeAt(0)] = 1;
/** Whether a refusal of service follows at `at` (read from at most `length` characters). */
function refusedAt(text: string, at: number, length: number): boolean {
  let may = false;
  for (let i = at; i < Math.min(text.length, at + length) && !may; i++) may = REFUSING[text.charCodeAt(i)] === 1;
  return may && REFUSED_SERVICE.test(text.slice(at, at + length));
}
// "…就不撤诉", "…就不删差评": the negation is the consequence of a condition, not a refusal.
const CONSEQUENCE = /就(不|没|唔|冇)$/;
const RELUCTANT_OFFER = /(不想|不愿|不希望|怕|唔想)(要|被|看到|收到|吃|有|俾人|畀人|收)?$/;
/**
 * The table's rules written with their optional fields absent or present at will: objects of many shapes, so every
 * look at rule.money or rule.threat (a few per finding, in the reader and the judge) would go through V8's slow
 * many-shapes path. Each is copied once into one shape with every field set (undefined where the table leaves it
 * out); findings carry the copy.
 */
const uniformRules = new Map<PhraseRule, PhraseRule>();
function uniform(rule: PhraseRule): PhraseRule {
  let copy = uniformRules.get(rule);
  if (copy === undefined) {
    copy = {
      id: rule.id, group: rule.group, label: rule.label, weight: rule.weight, phrases: rule.phrases, money: rule.money, threat: rule.threat,
      needsHistory: rule.needsHistory, negatable: rule.negatable, questionCancels: rule.questionCancels, cancelsOrdinary: rule.cancelsOrdinary,
    };
    uniformRules.set(rule, copy);
  }
  return copy;
}
/** Per pattern, its rule in the one shape (undefined for a pattern that is no rule), built once per dictionary. */
let rulesOf: { entries: readonly DictionaryEntry[]; rules: Array<PhraseRule | undefined> } | undefined;
function uniformRulesOf(entries: readonly DictionaryEntry[]): Array<PhraseRule | undefined> {
  if (rulesOf?.entries !== entries) {
    rulesOf = { entries, rules: entries.map((e) => (e.kind === 'rule' ? uniform(e.rule) : undefined)) };
    conditionRule = Uint8Array.from(entries, (e) => (e.kind === 'rule' && CONDITION_SIGNALS.has(e.rule.id) ? 1 : 0));
  }
  return rulesOf.rules;
}
/** Per pattern, 1 where its rule is a condition signal (set with the rules above). */
let conditionRule = new Uint8Array(0);
const RELUCTANT_RULE = uniform(PHRASE_RULES.find((r) => r.id === 'veiled.reluctant') as PhraseRule);
const RHETORICAL = /懂不懂|知不知道|懂吗|明白吗|知道吗|清楚吗|不是吗/;
// 么 asks in 什么/怎么 but not in 要么 (either-or: "要么退一赔三，要么去投诉" puts a choice, it asks nothing).
const QUESTION_WORDS = /吗|(?<!要)么|有没有|是不是|是否|能不能|可不可以|会不会|有无|带不带|附带|[?]/;
// "不赔就…", "不给钱就…": an ultimatum in one clause, read in one pass over the whole text.
// Not "不到两天就", "不久就", "不过…就": less-than, soon and only are no condition; nor "不补差价也就算了": never mind;
// nor "快递不给力就很烦": 不给力 (falls short) is a word of its own, no refusal to pay.
// The condition may run over one comma ("不给我返200块，我就给你差评", "不赔偿，明天一早我就去…").
// Reported speech runs the same ultimatum in the third person ("不给他钱的话,他就去…", "如商家不同意,则向…").
// Nor "不然就完美了": what would have made the goods perfect is a wish.
// Cantonese says it with 唔 ("唔赔钱就…", "唔俾钱嘅话…", "唔系就…": otherwise), but not in its stock words: 唔该 (please, thanks),
// 唔好意思 (sorry), 唔知 (don't know), 唔使 (no need), 唔紧要 (never mind), 唔错, 唔够, 唔止/唔单止 (not only), 唔理 (whatever),
// 唔怪得 (no wonder), 唔同 (different), 唔多/唔少/唔系几/唔系好 (not very, quite a few), 唔到/唔久 (less than, soon).
const NOT = `(?:不(?!到|久|过|少|知|管|满|足|一会|几|要钱|给力)|唔(?!该|好意思|知|使|紧要|错|够|止|单止|理|怪得|同|多|少|系几|系好|到|久))`;
const NOT_THEN = new RegExp(`${NOT}(?:[^,.!?;:、\\n不唔就]{1,6}|[^,.!?;:、\\n不唔就]{1,10},(?:[^,.!?;:、\\n不唔就]{0,4}?(?:我|我们|他|她|他们|佢)|那我|那|噉我|咁我)?)(?:就(?!算了|罢了|${WISHED_BETTER.join('|')})|[则便](?=[以向会要将去把找到])|[的嘅]话)`, 'g');
// The same ultimatum with a paying verb right after 不 ("不退400元就", "不给三千就"): its sum is demanded.
// (Cantonese: "唔俾五百蚊我就…", "唔过数就…")
const NOT_PAY_THEN = /[不唔](?:退|给(?!力)|赔|转|打|付|补|返|俾|畀|过数|入数)(?:[^,.!?;:、\n不唔就]{0,7}|[^,.!?;:、\n不唔就]{0,10},(?:我|那我|那|噉我|咁我)?)就/g;
const PRICE_WORDS = byLastCode(['退款', '退', '价格', '价钱', '标价', '花了', '买', '付了', '支付了', '拍的', '拍了', '运费', '原价', '售价', '单价', '总共', '一共', '才', '订单', '快递', '优惠', '券', '差价', '只要', '便宜', '贵',
  '金额', '实付', '付款', '房费', '停车费', '服务费', '邮费', '快递费', '安装费', '手续费', '话费', '电费', '收费', '价位', '到手',
  '满减', '降', '涨', '多收', '收了', '押金', '收取', '要价', '卖', '赔了', '退了', '返了', '给了',
  // the writer's own transfer told as done ("我已经转账2000元了", "我转了你300"): what was paid, not what is asked
  '转了', '转账了', '已转账', '已经转账', '已转', '已经转', '打款了', '已打款', '已经打款', '汇了', '已汇款', '已经汇款', '已付', '已经付',
  // Cantonese paid and told: 俾咗, 畀咗 (gave), 过咗数, 入咗 (transferred), 使咗 (spent), 赔咗, 退咗
  '俾咗', '畀咗', '过咗数', '入咗', '使咗', '赔咗', '退咗', '返咗', '转错咗', '过错数', '入错数']);
// Asked of the writer ("要我们赔偿2000元，不然不让走"): what a hotel charged, told in a review, not a claim.
const ASKED_OF_WRITER = new RegExp(`(?:(?:${ASKED_OF_ME.join('|')})(?:赔偿|赔钱|赔|补偿|付钱|付款|交钱|给钱|出钱)|${TAKEN_FROM_ME.join('|')})[^,.!?]{0,4}$`);
const DEMAND_WORDS = byLastCode(['赔', '补偿', '给我', '退我', '俾我', '畀我', '转', '一单', '每单', '私了', '诚意', '开价', '不低于', '不少于', '红包', '损失', '封口', '删', '一条', '每条', '打款',
  '索要', '索取', '勒索', '敲诈', '讹', '获利', 'v我',
  // the taking and the handing over as the law words them (刑法 274/293 doctrine: 强行索取, 迫使交出, 给付)
  '强索', '逼要', '讨要', '索讨', '交出', '给付']);
// Verbs that ask for a sum as often as they tell a price ("要18元", "拿的二千多的手机"): a sum after
// them counts only beside pressure, like a sum with no telling words.
// (Cantonese 俾, 畀: give; 攞: take)
const WEAK_DEMAND_WORDS = byLastCode(['给', '俾', '畀', '攞', '要', '拿', '返', '出', '准备', '付', '支付', '至少', '最少', '起码']);
// A sum right before an ultimatum is what it asks for, even framed as a refund ("退200块,不然差评一直挂着").
const ULTIMATUM_AFTER = new RegExp(`^[元块圆钱]?[^,.!?]{0,4},?(?:不然|否则|要不然)(?!(?:就|会|真的)(?:${WISHED_BETTER.join('|')}))`);
// "也就是便宜，才3000，不然…": a price told right before the sum, whatever ultimatum-like word follows it.
const PRICE_TOLD_BEFORE = /(?:才|便宜|花了|买了|原价|售价|标价|一共|总共)$/;
// "1299元的起步价", "两千元以内": a price or a price band named after the sum.
const PRICE_AFTER = /^的?(起步价|起售价|起价|价位|售价|以内|之内)/;
// "699就当买个教训", "两百块权当交学费": a sum the writer gives up on, told, never asked for.
const WRITTEN_OFF_AFTER = /^[ ,]?(?:就|也就|只能|只好|权)?(?:当|算|当作|当是|算是)(?:是|作)?(?:买(?:了|个|了个)?教训|交(?:了)?(?:个)?学费|喂(?:了)?狗|打(?:了)?水漂|捐(?:了|给)|白花|扔了|丢了|长(?:个)?记性)/;
// What WRITTEN_OFF_AFTER needs within two characters of the sum: most sums have none, and no pattern is tried.
const WRITE_OFF_FIRST = new Uint8Array(0x10000);
for (const c of '就也只权当算') WRITE_OFF_FIRST[c.charCodeAt(0)] = 1;
const mayWriteOff = (text: string, at: number) => WRITE_OFF_FIRST[text.charCodeAt(at)] === 1 || WRITE_OFF_FIRST[text.charCodeAt(at + 1)] === 1;
// A sum the writer had to bear ("只能损失500元", "白白亏了300") or the shop offered, told by the buyer ("客服说给我2000作为
// 补偿", "只肯赔50"): told, not asked. Not "我说给我…": the writer's own terms.
const TOLD_BEFORE = /(?:(?:只能|只好|只得|白白|白)(?:损失|亏损|亏|搭上|搭进去)了?|(?:^|[^我])说(?:要|会|可以|能)?(?:给|赔|补偿|补)(?:我|我们)?|只(?:肯|愿意|同意|答应)?(?:给|赔|补偿|补)(?:我|我们)?)$/;
// What TOLD_BEFORE can end with: most sums follow none of these, and no pattern is tried.
const TOLD_LAST = new Uint8Array(0x10000);
for (const c of '失损亏了上去给赔补偿我们') TOLD_LAST[c.charCodeAt(0)] = 1;
// (Cantonese "$3000俾我": the sum, then give me)
const DEMAND_AFTER = /^,?(一分[都也]?不能?少|少一分|我就|俾我|畀我|就(算|行|好|可以|不(?!知|见|会|能|可能|够|值|是|一样|对)|删|撤|了事|私了)|否则|不然|私了|这事|此事|了结|了事|解决|撤|删|全删|一条|不举报|不投诉|不差评)/;

// "1G卡转为512", "市场转型830后": 转 in a word for becoming is no transfer of money.
const ZHUAN = '转'.charCodeAt(0);
const BECOMING = new Uint8Array(0x10000);
for (const c of '为成型变换') BECOMING[c.charCodeAt(0)] = 1;
const turnedInto = (window: string, demandEnd: number) => demandEnd > 0 && window.charCodeAt(demandEnd - 1) === ZHUAN && BECOMING[window.charCodeAt(demandEnd)] === 1;

/** Words grouped by their last code unit, so a window is read once from its end, not once per word. */
type WordsByLast = ReadonlyMap<number, readonly string[]>;
function byLastCode(words: readonly string[]): WordsByLast {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    map.set(last, [...(map.get(last) ?? []), w]);
  }
  return map;
}
/** Where the last-ending occurrence of any of the words ends in window, or −1. */
function lastEndOfAny(window: string, words: WordsByLast): number {
  for (let end = window.length; end > 0; end--) {
    const candidates = words.get(window.charCodeAt(end - 1));
    if (candidates === undefined) continue;
    for (const w of candidates) if (end >= w.length && window.startsWith(w, end - w.length)) return end;
  }
  return -1;
}

const MONEY_UNIT_CODES = new Set([...'元块圆万千百¥'].map((c) => c.charCodeAt(0)));
// Hotlines, carriers' service numbers and shopping festivals ("举报315", "10086发来的短信", "用到明年618"): numbers that
// name something, no sums.
const HOTLINES = new Set([12315, 12345, 12331, 110, 12358, 315, 618, 1111, 1212, 10086, 10010, 12306]);

/** Spans sorted by end, for "does one end in (from, to]?" by binary search. */
function endsBetween(sortedEnds: readonly number[], from: number, to: number): boolean {
  let lo = 0, hi = sortedEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sortedEnds[mid] as number) <= from) lo = mid + 1; else hi = mid;
  }
  return lo < sortedEnds.length && (sortedEnds[lo] as number) <= to;
}

/** Whether [start, end) lies inside one of the spans (sorted by start, not overlapping). */
function inside(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= start) lo = mid + 1; else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && span.end >= end;
}

function amountRole(norm: string, clauses: Clauses, token: NumberToken, platformEnds: readonly number[], ultimatums: readonly Span[]): AmountFinding['role'] {
  // Every phrase of ASKED_OF_WRITER holds 我 (checked when the module loads): without one in the window, no pattern to try.
  if ((!ASKED_NEEDS_WO || anyCodeIn(norm, token.start - 12, token.start, WO_CODE)) && ASKED_OF_WRITER.test(norm.slice(Math.max(0, token.start - 12), token.start))) return 'price';
  if (mayWriteOff(norm, token.end) && WRITTEN_OFF_AFTER.test(norm.slice(token.end, token.end + 12))) return 'price';
  if (TOLD_LAST[norm.charCodeAt(token.start - 1)] === 1 && TOLD_BEFORE.test(norm.slice(Math.max(0, token.start - 8), token.start))) return 'price';
  // "不退400元就一直挂着": a sum inside "don't pay … then" is what the threat asks for, refund or not.
  if (!PRICE_TOLD_BEFORE.test(norm.slice(Math.max(0, token.start - 2), token.start))
    && (inside(ultimatums, token.start, token.end) || ULTIMATUM_AFTER.test(norm.slice(token.end, token.end + 6)))) return 'demand';
  if (PRICE_AFTER.test(norm.slice(token.end, token.end + 4))) return 'price';
  const clause = clauseSpan(clauses, token.start, token.end);
  // "订单金额:492元": the field's name stands before the colon, in the clause before.
  const from = norm[clause.start - 1] === ':' ? clauseSpan(clauses, clause.start - 1, clause.start).start : clause.start;
  const windowStart = Math.max(from, token.start - 8);
  if (endsBetween(platformEnds, windowStart, token.start)) return 'price';
  const window = norm.slice(windowStart, token.start);
  const price = lastEndOfAny(window, PRICE_WORDS);
  const demandEnd = lastEndOfAny(window, DEMAND_WORDS);
  const demand = turnedInto(window, demandEnd) ? -1 : demandEnd;
  // A bare number must follow the demand word closely ("赔我2000", not "我要打12315").
  const close = token.unit === 'money' || window.length - demand <= 2;
  if (demand > price && close) return 'demand';
  const weak = lastEndOfAny(window, WEAK_DEMAND_WORDS);
  if (weak > price && (token.unit === 'money' || window.length - weak <= 2)) return givenToMe(window, weak, norm, token.end) ? 'demand' : 'unknown';
  if (DEMAND_AFTER.test(norm.slice(token.end, token.end + 4)) && price < 0) return 'demand';
  if (price >= 0) return 'price';
  return 'unknown';
}

// Cantonese puts the one given to after the thing given: "俾三千蚊我" (give me three thousand) asks for the sum.
const GIVE_CODES = new Set([...'俾畀'].map((c) => c.charCodeAt(0)));
// "俾三千蚊我," but not "俾三千蚊我阿妈" (to my mother): the 我 ends the phrase.
const GIVEN_TO_ME_END = /^(?:$|[,.!?;: 啦吖喇啊呀先就])/;
const givenToMe = (window: string, weakEnd: number, norm: string, sumEnd: number) =>
  GIVE_CODES.has(window.charCodeAt(weakEnd - 1)) && norm[sumEnd] === '我' && GIVEN_TO_ME_END.test(norm.slice(sumEnd + 1, sumEnd + 2));

// Code tables and first-character checks in front of the patterns below: most numbers fail them at once,
// with no window cut and no pattern run.
const codeTable = (chars: string) => { const t = new Uint8Array(0x10000); for (const c of chars) t[c.charCodeAt(0)] = 1; return t; };
const DI = '第'.charCodeAt(0);
const ARTICLE_CODES = codeTable('条款项章节号');
const MAGNITUDE_FIRST = codeTable('百千万亿');
// First characters of STOCK_NUMERALS, last characters that end a sum in a magnitude ([千万kw]$), and the
// characters FINE_BEFORE, a small sum's 赔 and ASKED_OF_WRITER cannot match without.
const STOCK_FIRST = codeTable('八千万百十一');
const MAGNITUDE_LAST = codeTable('千万kw');
const FINE_CODES = codeTable('罚处');
const PEI_CODE = codeTable('赔');
const WO_CODE = codeTable('我');
const ASKED_NEEDS_WO = [...ASKED_OF_ME, ...TAKEN_FROM_ME].every((w) => w.includes('我'));
/** Whether text[from, to) (from clamped at 0) holds a code marked in the table. */
function anyCodeIn(text: string, from: number, to: number, table: Uint8Array): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}
const PURCHASE_BEFORE = /(买|拍|下|订|购|共|囤|入)[了过]?[\u4e00-\u9fff]{0,2}$/;
const PURCHASE_AFTER = /^(都)?(买|拍|下单|购)/;
// A number followed by one of these is a date, a size, a model or a measure, not a sum ("352*288": a resolution; "821处理器",
// "4k视频": a chip and a resolution).
const NOT_A_SUM_AFTER = /^(\*|×|京东豆|京豆|豆|额度|的额度|处理器|芯片|系列|视频|分辨率|屏|电视|高清|画质|字|减|房|号房|室|积分|金币|点券|买|拍|下单|到货|发货|收到|那天|当天|活动|大促|年|月|日|号|点|时|分|秒|岁|期|楼|层|寸|度|码|cm|mm|ml|kg|g|m|%|x|届|代|级|路|集|章|页|克|斤|公斤|升|毫|厘|尺|米长|米宽|米高|瓦|p|hz|mah|gb|核|位|首|张|晚|夜|间|人|公里|km|平|像素|万像素|伏|帧|周|星期|遍|座|辆|一晚|每晚|一夜|一个月|每月|一年|每年|每天|一天)/;
const NOT_A_SUM_BEFORE = /(满|型号|尺码|编号|单号|订单号|货号|第|版本|序号|批次|税号|账号|卡号|iphone|x|\*|×|p):?$/;
// A long run of digits is an id (an order, a tax number), whatever letter follows it.
const ID_DIGITS = /^\d{9,}/;
// Stock phrases whose numerals count nothing ("千万别买", "百度", "百分百", "万一").
const STOCK_NUMERALS = /^(八佰伴|八百伴|千万|万一|百度|百分|百货|百闻|十分|一百个|一万个|一千个|万分|万能|千篇|百思|一百分|十足|十全|百搭|千辛|万苦|一万年|百年|一百遍|一万遍|万万|十万火急|一块[儿买去来用吃住玩走做])/;
const BARE_MAGNITUDE = /^[百千万亿][^元块圆钱币洋米]*$/;
// "3倍" is a demand only beside compensation words ("赔3倍", "三倍赔偿", "按十倍算"), not in "放大4倍".
const MULTIPLIER_CONTEXT = /赔|偿|价款|退一|假一|倍算|倍计/;
/** Sums below this are prices, tips and change, not claims, unless 赔 stands right before them. */
const SMALL_SUM = 50;
const PHONE = /^1[3-9]\d{9}$/;
// "罚款二十万起" quotes the regulator's fine: a sum the seller would pay the state, not the buyer.
// "别家都赔了588", "人家店主给了我488": a sum paid, money even without a unit.
// (Cantonese: "隔篱铺都赔咗我一千蚊")
const PAID_BEFORE = /(?:赔了|给了|赔过|给过|赔咗|俾咗|畀咗|赔过咗)(?:我|他|她|佢)?$/;
const FINE_BEFORE = /(罚款|罚金|处罚|处以|罚)[^,.!?]{0,3}$/;

// A number glued to a name is part of it: "Motel268", "@安琪儿813" (not "rmb200").
const NAME_BEFORE = /(@[^\s,.!?:;]{0,15}|(?<!rm|cn|us)[a-z])$/;
const AT = '@'.charCodeAt(0);
// Letters glued to a sum with its unit: a model name, unless they name the currency ("rmb200元", "cny200").
const MODEL_BEFORE = /(?<!rm|cn|us|nt|hk)[a-z]$/;
const isLowerLatin = (c: number) => c >= 0x61 && c <= 0x7a;
/** What NAME_BEFORE needs: a letter right before `at`, or an @ among the 16 characters before it. */
function mayFollowName(text: string, at: number): boolean {
  const last = text.charCodeAt(at - 1);
  if (last >= 0x61 && last <= 0x7a) return true;
  for (let i = Math.max(0, at - 16); i < at; i++) if (text.charCodeAt(i) === AT) return true;
  return false;
}

// "在按摩开始的一分钟内", "收到货的三天内就坏了": a stretch after something that happened, told, not a time limit set
// (unless asked for: "请在收到本消息的24小时内答复").
const DE = '的'.charCodeAt(0);
const ASKED_LIMIT = /(?:请|限|务必|必须|须|要求)[^,.!?]*$/;
const narratedStretch = (text: string, at: number) => text.charCodeAt(at - 1) === DE && !ASKED_LIMIT.test(text.slice(Math.max(0, at - 14), at));

// Every finding built with the same fields in the same order: the judge reads them all alike.
const ruleFinding = (rule: PhraseRule, clause: number, norm: NormalisedText, hit: Span): Finding => ({
  id: rule.id, group: rule.group, label: rule.label, weight: rule.weight, start: originalStart(norm, hit.start), end: originalEnd(norm, hit.end), clause, rule,
});
const numberFinding = (signal: { id: string; group: SignalGroup; label: string }, weight: number, norm: NormalisedText, clauses: Clauses, t: NumberToken): Finding => ({
  id: signal.id, group: signal.group, label: signal.label, weight, start: originalStart(norm, t.start), end: originalEnd(norm, t.end), clause: clauses.of[t.start] as number, rule: undefined,
});

/** Reads the numbers: signals (multiples, bulk orders, deadlines, phones) go to `findings`; the sums are returned. */
function numberFindings(norm: NormalisedText, clauses: Clauses, tokens: NumberToken[], platformEnds: readonly number[], ultimatums: readonly Span[], findings: Finding[]): AmountFinding[] {
  const amounts: AmountFinding[] = [];
  const text = norm.text;
  for (const t of tokens) {
    // "第五十五条" is an article, not a sum.
    if (text.charCodeAt(t.start - 1) === DI || ARTICLE_CODES[text.charCodeAt(t.end)] === 1) continue;
    if (!t.digitsOnly && STOCK_FIRST[text.charCodeAt(t.start)] === 1 && STOCK_NUMERALS.test(text.slice(t.start, t.start + 4))) continue;
    // A bare 百, 千 or 万 ("百分百是假的") counts only with a unit of money after it ("千元").
    if (MAGNITUDE_FIRST[text.charCodeAt(t.start)] === 1 && BARE_MAGNITUDE.test(text.slice(t.start, t.end))) continue;
    if (t.unit === 'multiplier' && t.value >= 2) {
      if (MULTIPLIER_CONTEXT.test(text.slice(Math.max(0, t.start - 6), t.end + 6))) findings.push(numberFinding(NUMBER_SIGNALS.multiplier, NUMBER_SIGNALS.multiplier.weight, norm, clauses, t));
    } else if (t.unit === 'quantity' && t.value >= NUMBER_SIGNALS.bulk.min
      && (PURCHASE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)) || PURCHASE_AFTER.test(text.slice(t.end, t.end + 3)))) {
      const b = NUMBER_SIGNALS.bulk;
      findings.push(numberFinding(b, t.value >= b.big ? b.bigWeight : b.weight, norm, clauses, t));
    } else if (t.unit === 'duration' && ((/^(之|以)?内/.test(text.slice(t.end, t.end + 2)) && !narratedStretch(text, t.start)) || /(给你|限你)$/.test(text.slice(Math.max(0, t.start - 2), t.start)))) {
      findings.push(numberFinding(NUMBER_SIGNALS.deadline, NUMBER_SIGNALS.deadline.weight, norm, clauses, t));
    } else if (t.digitsOnly && t.end - t.start === 11 && PHONE.test(text.slice(t.start, t.end))) {
      findings.push(numberFinding(NUMBER_SIGNALS.phone, NUMBER_SIGNALS.phone.weight, norm, clauses, t));
    } else if (t.unit === 'money' || (t.unit === 'plain' && !t.digitsOnly && t.value >= 100) || (t.unit === 'plain' && t.value >= 50 && t.value < 100_000)) {
      if (t.digitsOnly && HOTLINES.has(t.value)) continue;
      if (anyCodeIn(text, t.start - 6, t.start, FINE_CODES) && FINE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
      if (t.unit === 'plain' && (NOT_A_SUM_AFTER.test(text.slice(t.end, t.end + 4)) || NOT_A_SUM_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)))) continue;
      if (MAGNITUDE_LAST[text.charCodeAt(t.end - 1)] === 1 && NOT_A_SUM_AFTER.test(text.slice(t.end, t.end + 4))) continue;
      if (t.end - t.start >= 9 && ID_DIGITS.test(text.slice(t.start, t.end))) continue;
      if (t.digitsOnly && mayFollowName(text, t.start) && NAME_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
      // A model name keeps its number whatever follows it ("tsx200圆套" is a round ear pad, "mx500元" no sum).
      if (t.unit === 'money' && isLowerLatin(text.charCodeAt(t.start - 1)) && MODEL_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
      const role = amountRole(text, clauses, t, platformEnds, ultimatums);
      // A bare number in digits counts only when the words around it ask for it ("赔我2000"); ids and prices are dropped.
      const paid = role === 'price' && t.value >= 100 && PAID_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start));
      if (t.unit === 'plain' && t.digitsOnly && !paid && (role === 'price' || t.value < 100 || t.value >= 1_000_000)) continue;
      if (t.value < SMALL_SUM && !anyCodeIn(text, t.start - 8, t.start, PEI_CODE)) continue;
      // A sum too large to be real counts only where it is plainly demanded (then it is shown as 金额异常).
      if (t.anomalous && role !== 'demand') continue;
      amounts.push({ value: t.value, start: originalStart(norm, t.start), end: originalEnd(norm, t.end), clause: clauses.of[t.start] as number, role, money: t.unit === 'money' || paid, paid, anomalous: t.anomalous });
    }
  }
  return amounts;
}

/** Sorted by start; a span's "covered" check against earlier spans is a sweep over their largest end. */
const before = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Hits in a list kept from message to message: items[0, n) are this message's. */
interface HitList { items: PatternHit[]; n: number }
const hitList = (): HitList => ({ items: [], n: 0 });
const add = (list: HitList, hit: PatternHit) => { list.items[list.n++] = hit; };

/** The hits sorted out by what their pattern means, each list by start. */
interface SortedHits {
  /** Platform compensation and stock phrases: nothing inside them is a signal. */
  cancelled: HitList;
  /** Refund, exchange and platform words. */
  ordinary: HitList;
  /** Phrases that turn refund words down ("退款就不用了"). */
  refusals: HitList;
  /** Rules and concept slots, longest first where they start together. */
  phrases: HitList;
}

// A message is read and done with before the next one: one set of lists serves them all, refilled
// per message (a count reset, not an array truncated: that is a call into the runtime each time).
const hitLists: SortedHits = { cancelled: hitList(), ordinary: hitList(), refusals: hitList(), phrases: hitList() };

function sortHits({ hits, count }: { hits: readonly PatternHit[]; count: number }, entries: readonly DictionaryEntry[]): SortedHits {
  const { cancelled, ordinary, refusals, phrases } = hitLists;
  const rules = uniformRulesOf(entries);
  cancelled.n = ordinary.n = refusals.n = phrases.n = 0;
  for (let h = 0; h < count; h++) {
    const hit = hits[h] as PatternHit;
    const entry = entries[hit.pattern] as DictionaryEntry;
    if (entry.kind === 'platform-compensation') { add(cancelled, hit); add(ordinary, hit); }
    else if (entry.kind === 'not-a-phrase') add(cancelled, hit);
    else if (entry.kind === 'ordinary-request') add(ordinary, hit);
    else {
      if (entry.kind === 'rule' && (rules[hit.pattern] as PhraseRule).cancelsOrdinary) add(refusals, hit);
      add(phrases, hit);
    }
  }
  sortSmall(cancelled.items, before, cancelled.n);
  sortSmall(ordinary.items, before, ordinary.n);
  sortSmall(refusals.items, before, refusals.n);
  sortSmall(phrases.items, before, phrases.n);
  return hitLists;
}

/** An ordinary request counts unless it lies inside a refusal ("退款就不用了"). */
function asksOrdinary({ ordinary, refusals }: SortedHits): boolean {
  for (let o = 0, r = 0, reach = -1; o < ordinary.n; o++) {
    const span = ordinary.items[o] as Span;
    while (r < refusals.n && (refusals.items[r] as Span).start <= span.start) reach = Math.max(reach, (refusals.items[r++] as Span).end);
    if (reach < span.end) return true;
  }
  return false;
}

/**
 * Small per-index numbers for one message (reach per group, last clause per signal…), reset by
 * moving to a new generation rather than allocating a map per message.
 */
class IndexedScratch {
  private values = new Int32Array(64);
  private stamps = new Uint32Array(64);
  private generation = 0;
  reset(size: number): void {
    if (this.values.length < size) { this.values = new Int32Array(size); this.stamps = new Uint32Array(size); this.generation = 0; }
    if (++this.generation > 0xffff_fffe) { this.stamps.fill(0); this.generation = 1; }
  }
  get(i: number, absent: number): number { return this.stamps[i] === this.generation ? (this.values[i] as number) : absent; }
  set(i: number, value: number): void { this.values[i] = value; this.stamps[i] = this.generation; }
}
const keptReachByGroup = new IndexedScratch();
const lastClauseOfSignal = new IndexedScratch();
const conceptReach = new IndexedScratch();
const conceptLastClause = new IndexedScratch();
const askedClauses = new IndexedScratch();

/** Whether the clause around [from, to) is a question; each clause is read once, and only if asked about. */
function isAsked(text: string, clauses: Clauses, from: number, to: number): boolean {
  const k = clauses.of[from] as number;
  let asked = askedClauses.get(k, -1);
  if (asked === -1) {
    const span = clauseSpan(clauses, from, to);
    const clauseText = text.slice(span.start, span.end);
    asked = QUESTION_WORDS.test(clauseText) && !RHETORICAL.test(clauseText) ? 1 : 0;
    askedClauses.set(k, asked);
  }
  return asked === 1;
}


/** One message's text, clauses and what the phrase reader has found so far. */
interface PhraseReading {
  norm: NormalisedText;
  text: string;
  clauses: Clauses;
  findings: Finding[];
  concepts: ConceptHit[];
  askedPretext: boolean;
  /** How far the longest kept rule hit reaches (a shorter one inside it adds nothing). */
  keptReach: number;
}

/** Reads the rule and concept hits, in text order, into findings and concept slots. */
function readPhrases(reading: PhraseReading, sorted: SortedHits, entries: readonly DictionaryEntry[]): void {
  const { text } = reading;
  const { cancelled, phrases } = sorted;
  const { counts } = dictionary();
  const rules = uniformRulesOf(entries);
  keptReachByGroup.reset(counts.groups);
  lastClauseOfSignal.reset(counts.signals);
  conceptReach.reset(counts.concepts);
  conceptLastClause.reset(counts.concepts);
  let cancelIndex = 0;
  let cancelReach = -1;
  for (let h = 0; h < phrases.n; h++) {
    const hit = phrases.items[h] as PatternHit;
    while (cancelIndex < cancelled.n && (cancelled.items[cancelIndex] as Span).start <= hit.start) cancelReach = Math.max(cancelReach, (cancelled.items[cancelIndex++] as Span).end);
    if (cancelReach >= hit.end) continue;
    // Only a phrase that starts or ends with a digit can be part of a number (most are words: two looks, not four).
    if (digitAt(text, hit.start) || digitAt(text, hit.end - 1)) {
      // "12345" inside a phone number is not the hotline.
      if (digitAt(text, hit.start - 1) || digitAt(text, hit.end)) continue;
      // "110元" is a sum, not the police.
      if (digitAt(text, hit.end - 1) && MONEY_UNIT_CODES.has(text.charCodeAt(hit.end))) continue;
    }
    const entry = entries[hit.pattern] as DictionaryEntry & { kind: 'rule' | 'concept' };
    if (entry.kind === 'concept') readConcept(reading, hit, entry);
    else readRule(reading, hit, entry, rules[hit.pattern] as PhraseRule);
  }
}

// "我已经转账2000元了，再不发货我就报警": the writer's own payment told as done — a buyer who paid and waits for the
// goods — asks for no money. Only the paying verbs; "把钱给了" in a report still moves money to the claimant.
const PAYING_VERBS = new Set(['转账', '打款', '汇款', '转钱', '打钱', '付钱', '交钱', '付款']);
const PAID_ALREADY_BEFORE = /(?:已经|已|刚刚|早就|早已)$/;
const PAID_BY_ME_BEFORE = /(?:我|我们)(?:都|也|早)?$/;
const DONE_AFTER = /^(?:了(?!事|结)|过(?!来|去)|完)/;
function toldAsPaid(text: string, start: number, end: number): boolean {
  if (!PAYING_VERBS.has(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  return PAID_ALREADY_BEFORE.test(before) || (PAID_BY_ME_BEFORE.test(before) && DONE_AFTER.test(text.slice(end, end + 2)));
}

function readConcept(reading: PhraseReading, hit: PatternHit, entry: DictionaryEntry & { kind: 'concept' }): void {
  const { text, norm } = reading;
  const { concept, slot } = entry;
  if (conceptReach.get(slot, -1) >= hit.end) return;
  if (concept === 'money' && toldAsPaid(text, hit.start, hit.end)) return;
  // Most hits have no 不, 没, 别, 无 or 怕 just before them: no window cut, no pattern tried.
  const before = mayNegate(text, hit.start) ? text.slice(Math.max(0, hit.start - 4), hit.start) : '';
  const clause = reading.clauses.of[hit.start] as number;
  const start = originalStart(norm, hit.start);
  const end = originalEnd(norm, hit.end);
  if (concept === 'condition' && refusedAt(text, hit.end, 5)) return;
  if (concept === 'exchange' && OFFERED_FOR.test(text.slice(hit.end, hit.end + 6))) return;
  // "不想要差评的话…", "不想被投诉就…": leverage offered on a condition, not a refusal.
  // (An empty window matches neither pattern: no call for it.)
  if (entry.leverage && before !== '' && RELUCTANT_OFFER.test(before)) reading.concepts.push({ concept: 'condition', clause, start, end });
  else if (concept !== 'condition' && before !== '' && NEGATION.test(before) && !CONDITION_AFTER.test(text.slice(hit.end, hit.end + 10))
    && !(concept === 'exchange' && CONSEQUENCE.test(before)) && !conditional(text, hit.start)) return;
  conceptReach.set(slot, Math.max(conceptReach.get(slot, -1), hit.end));
  // One hit per concept and clause is all the rules read.
  if (conceptLastClause.get(slot, -1) !== clause) { conceptLastClause.set(slot, clause); reading.concepts.push({ concept, clause, start, end }); }
}

/** A kept rule hit: shorter ones inside it add nothing. */
function keep(reading: PhraseReading, group: number, end: number): void {
  reading.keptReach = Math.max(reading.keptReach, end);
  keptReachByGroup.set(group, Math.max(keptReachByGroup.get(group, -1), end));
}

// Every negation (NEGATION, RELUCTANT, RELUCTANT_OFFER) holds one of these.
const NEGATING = new Uint8Array(0x10000);
for (const c of '不没别无怕唔冇') NEGATING[c.charCodeAt(0)] = 1;
/** Whether one of the four characters before `at` could make a negation (else no pattern needs trying). */
function mayNegate(text: string, at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) if (NEGATING[text.charCodeAt(i)] === 1) return true;
  return false;
}

function readRule(reading: PhraseReading, hit: PatternHit, entry: DictionaryEntry & { kind: 'rule' }, rule: PhraseRule): void {
  const { text } = reading;
  const { group } = entry;
  // Inside a longer phrase the shorter one adds nothing ("打假的" is not "假的"), except a demand
  // ("惩罚性赔偿" still asks for money).
  if ((rule.group !== 'demand' && reading.keptReach >= hit.end) || keptReachByGroup.get(group, -1) >= hit.end) return;
  const clause = reading.clauses.of[hit.start] as number;
  if (rule.id === 'payment.transfer' && toldAsPaid(text, hit.start, hit.end)) return;
  if (rule.negatable && mayNegate(text, hit.start)) {
    const before = text.slice(Math.max(0, hit.start - 4), hit.start);
    if (NEGATION.test(before) && !(rule.group === 'settlement' && CONSEQUENCE.test(before))) {
      // "我也不想去工商" still names the threat; "不赔就…" is a condition, not a refusal.
      if (rule.threat && rule.group === 'threat' && RELUCTANT.test(before)) {
        reading.findings.push(ruleFinding(RELUCTANT_RULE, clause, reading.norm, hit));
        keep(reading, group, hit.end);
        return;
      }
      if (!(rule.group === 'demand' && (CONDITION_AFTER.test(text.slice(hit.end, hit.end + 10)) || conditional(text, hit.start)))) return;
    }
  }
  if (conditionRule[hit.pattern] === 1 && refusedAt(text, hit.end, 5)) return;
  if (rule.questionCancels && isAsked(reading.text, reading.clauses, hit.start, hit.end)) {
    if (rule.group === 'pretext') reading.askedPretext = true;
    return;
  }
  keep(reading, group, hit.end);
  // A repeat of a signal kept a few clauses back adds nothing (the judge drops it too): not even an object.
  const last = lastClauseOfSignal.get(entry.signal, -1);
  if (last !== -1 && near(last, clause)) return;
  lastClauseOfSignal.set(entry.signal, clause);
  reading.findings.push(ruleFinding(rule, clause, reading.norm, hit));
}

/** "不赔就…", "不给钱就…" not asked as a question: a condition slot. */
function readNotThen(reading: PhraseReading): void {
  const { text, norm, clauses } = reading;
  NOT_THEN.lastIndex = 0;
  for (let m = NOT_THEN.exec(text); m; m = NOT_THEN.exec(text)) {
    const start = m.index;
    if (isAsked(text, clauses, start, start + m[0].length)) continue;
    const end = start + m[0].length;
    if (refusedAt(text, end, 4)) continue;
    // Read in the clause of its "就/则" too: what follows is the threat ("如商家不同意,则以差评、封店…威胁").
    const first = clauses.of[start] as number;
    const last = clauses.of[end - 1] as number;
    reading.concepts.push({ concept: 'condition', clause: first, start: originalStart(norm, start), end: originalEnd(norm, end) });
    if (last !== first) reading.concepts.push({ concept: 'condition', clause: last, start: originalStart(norm, start), end: originalEnd(norm, end) });
  }
}

/** "不退400元就…": spans whose sum is demanded, refund or not. */
function ultimatumsOf(text: string): Span[] {
  const ultimatums: Span[] = [];
  NOT_PAY_THEN.lastIndex = 0;
  for (let m = NOT_PAY_THEN.exec(text); m; m = NOT_PAY_THEN.exec(text)) ultimatums.push({ start: m.index, end: m.index + m[0].length });
  return ultimatums;
}

const nothingRead = (original: string, unread: number): MessageReading =>
  ({ text: original, findings: [], amounts: [], concepts: [], ordinaryRequest: false, askedPretext: false, unread });

const NO_SPANS: readonly Span[] = Object.freeze([]);
const NO_ENDS: readonly number[] = Object.freeze([]);
/** The hits' ends, sorted (most messages have none: no list then). */
function endsOf(list: HitList): readonly number[] {
  if (list.n === 0) return NO_ENDS;
  const ends: number[] = [];
  for (let i = 0; i < list.n; i++) ends.push((list.items[i] as Span).end);
  return ends.sort((a, b) => a - b);
}

/**
 * Reads one message: phrases, numbers, sums and concept slots, each located in the original text.
 * `checked`: the caller has already found that the message does say something (saysNothing is false).
 */
export function readMessage(original: string, checked = false): MessageReading {
  const unread = Math.max(0, original.length - MAX_ANALYSED_CHARS);
  const analysed = unread > 0 ? original.slice(0, MAX_ANALYSED_CHARS) : original;
  if (!checked && saysNothing(analysed)) return nothingRead(original, unread);
  const norm = normalise(analysed);
  const text = norm.text;
  const clauses = splitClauses(text);
  const { matcher, entries } = dictionary();
  askedClauses.reset(clauses.count);
  const sorted = sortHits(matcher.findAllReused(text), entries);
  const reading: PhraseReading = { norm, text, clauses, findings: [], concepts: [], askedPretext: false, keptReach: -1 };
  readPhrases(reading, sorted, entries);
  // What normalising saw on its way: no text searched again for 就, 则, 的话 or a numeral.
  const then = (norm.marks & MARK_THEN) !== 0;
  if (then || (norm.marks & MARK_RULE) !== 0 || ((norm.marks & MARK_HUA) !== 0 && (text.includes('的话') || text.includes('嘅话')))) readNotThen(reading);
  // A sum right after platform compensation ("运费险赔了12元") is not a demand.
  const platformEnds = endsOf(sorted.cancelled);
  const amounts = (norm.marks & MARK_NUMERAL) === 0 ? []
    : numberFindings(norm, clauses, scanNumbers(text), platformEnds, then ? ultimatumsOf(text) : NO_SPANS, reading.findings);
  return {
    text: original, findings: reading.findings, amounts, concepts: reading.concepts, ordinaryRequest: asksOrdinary(sorted), askedPretext: reading.askedPretext, unread,
  };
}

/** Two clauses close enough to be read as one statement. */
export const near = (a: number, b: number): boolean => Math.abs(a - b) < CONCEPT_WINDOW;
