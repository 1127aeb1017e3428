import { CONCEPT_WINDOW } from './concept-table';
import { conceptFinding } from './concepts';
import { escalationFindings } from './escalation';
import type { BuyerHistory, MessageFacts, Step } from './history';
import { withoutOtherSide } from './other-side';
import { MAX_ANALYSED_CHARS, near, type AmountFinding, type Finding, type MessageReading } from './read-message';
import type { Assessment, Level, MessageContext, Signal } from './schema';
import { sortSmall } from './sort-small';
import {
  COMBINATIONS, CONTEXT_SIGNALS, EXTORTION_THRESHOLD_YUAN, LEVEL_THRESHOLDS, NUMBER_SIGNALS,
  ORDINARY_REQUEST_FACTOR, type SignalGroup,
} from './signal-table';

export interface JudgeOptions {
  history?: BuyerHistory;
  context?: MessageContext;
  /** Formats a history step's time for labels ("10:02"). */
  when?: (step: Step) => string;
}

const STRONG_THREAT_WEIGHT = 0.25;
const WEAK_ALONE = 0.35;
const UNSHAPED_PRESSURE_MONEY = 0.4;
const SHAPED_GROUPS: ReadonlySet<string> = new Set(['escalation', 'context', 'bait']);
const PRESSING_GROUPS: ReadonlySet<SignalGroup> = new Set(['threat', 'citation', 'settlement', 'multiplier', 'self-declared', 'veiled', 'payment', 'demand']);

type Weighted = { id: string; label: string; weight: number };
// A message makes a handful of findings and sums: a look through the list beats building a map or a set, up to a point.
const FEW = 16;
// Loops over lists that may be a shared frozen empty one (NONE, NO_AMOUNTS) go by index: for-of over one allocated
// an iterator result per step here (V8's sampling heap profile).

export function levelOf(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  if (score >= LEVEL_THRESHOLDS.low) return 'low';
  return 'none';
}

/** The first item of each list that has one. */
function firstOf(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const firsts: Finding[] = [];
  if (a.length > 0) firsts.push(a[0] as Finding);
  if (b.length > 0) firsts.push(b[0] as Finding);
  return firsts;
}

function spanOf(parts: ReadonlyArray<{ start: number; end: number }>): { start: number; end: number } {
  let start = Infinity;
  let end = 0;
  for (const p of parts) { start = Math.min(start, p.start); end = Math.max(end, p.end); }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

/**
 * The index in a of the first pair, one from each list, close enough to be one statement (both lists
 * in text order, so a sweep finds it in linear time), its partner's index in b left in pairB; -1 when there is none.
 */
let pairB = -1;
function nearPairAt(a: readonly Finding[], b: readonly Finding[]): number {
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Finding;
    while (j < b.length && (b[j] as Finding).clause < x.clause && !near((b[j] as Finding).clause, x.clause)) j++;
    const y = b[j];
    if (y && near(x.clause, y.clause)) { pairB = j; return i; }
  }
  return -1;
}
const hasNearPair = (a: readonly Finding[], b: readonly Finding[]): boolean => a.length > 0 && b.length > 0 && nearPairAt(a, b) >= 0;
const NONE: readonly Finding[] = Object.freeze([]);
/** The findings that pass, in their order; the shared empty list when none does, so a miss allocates nothing. */
function only(xs: readonly Finding[], test: (f: Finding) => boolean): readonly Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < xs.length; i++) if (test(xs[i] as Finding)) (out ??= []).push(xs[i] as Finding);
  return out ?? NONE;
}
const textOrder = (p: Finding, q: Finding) => p.clause - q.clause || p.start - q.start;
/** A new list of a's items then b's (a loop: spreading two lists goes through their iterators). */
function joined(a: readonly Finding[], b: readonly Finding[], c: readonly Finding[] = NONE): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i] as Finding);
  for (let i = 0; i < b.length; i++) out.push(b[i] as Finding);
  for (let i = 0; i < c.length; i++) out.push(c[i] as Finding);
  return out;
}
const inOrder = (xs: Finding[]): Finding[] => sortSmall(xs, textOrder);

/**
 * In text order, without repeats: a signal the same as one kept within the last few clauses adds
 * nothing ("假货" typed ten thousand times is one pretext), so the judgement stays linear and light.
 */
function thinned(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Sorted, then the kept ones moved to the front of the same list (the caller's own copy): no second list.
  inOrder(findings);
  let n = 0;
  if (findings.length <= FEW) {
    // A handful: the last kept one of the same id is found by looking back, with no map.
    for (const f of findings) {
      let k = n - 1;
      while (k >= 0 && (findings[k] as Finding).id !== f.id) k--;
      if (k < 0 || !near((findings[k] as Finding).clause, f.clause)) findings[n++] = f;
    }
  } else {
    const lastClause = new Map<string, number>();
    for (const f of findings) {
      const last = lastClause.get(f.id);
      if (last !== undefined && near(last, f.clause)) continue;
      lastClause.set(f.id, f.clause);
      findings[n++] = f;
    }
  }
  findings.length = n;
  return findings;
}
/** Reasons shown per kind of signal: enough to highlight the evidence, not one per repeat. */
const SHOWN_PER_SIGNAL = 5;

// Findings the judge makes are built like the reader's (same fields, same order), so all are read alike.
const combination = (c: Weighted, clause: number, span: { start: number; end: number }): Finding => ({
  id: c.id, group: 'combination', label: c.label, weight: c.weight, start: span.start, end: span.end, clause, rule: undefined,
});
const contextFinding = (c: Weighted, label = c.label): Finding => ({
  id: c.id, group: 'context', label, weight: c.weight, start: 0, end: 0, clause: 0, rule: undefined,
});

// The groups met and their largest weights, in buffers kept from message to message.
const groupsSeen: string[] = [];
const groupWeights: number[] = [];
/** Noisy-or over the largest weight in each group, the groups in the order they first appear (a handful: a list, not a map). */
function noisyOrOfStrongest(found: readonly Finding[]): number {
  let n = 0;
  for (const f of found) {
    let k = 0;
    while (k < n && groupsSeen[k] !== f.group) k++;
    if (k === n) { groupsSeen[n] = f.group; groupWeights[n++] = Math.max(0, f.weight); }
    else groupWeights[k] = Math.max(groupWeights[k] as number, f.weight);
  }
  let keep = 1;
  for (let k = 0; k < n; k++) keep *= 1 - (groupWeights[k] as number);
  return 1 - keep;
}

const historyPressure = (h: BuyerHistory | undefined) => Boolean(h && (h.citation || h.threat || h.money || h.flagged));
const has = (own: readonly Finding[], g: SignalGroup) => own.some((f) => f.group === g);

/** This message's findings, thinned, and the kinds of pressure among them. */
interface Sorted {
  own: readonly Finding[];
  threats: readonly Finding[];
  withdraw: readonly Finding[];
  reviews: readonly Finding[];
  citations: readonly Finding[];
  multipliers: readonly Finding[];
  pressureBefore: boolean;
  pressureNow: boolean;
}

const PRESSURE_HERE_GROUPS: ReadonlySet<SignalGroup> = new Set(['citation', 'multiplier', 'pretext', 'settlement', 'self-declared']);

function sortFindings(reading: MessageReading, history: BuyerHistory | undefined): Sorted {
  const pressureBefore = historyPressure(history);
  // Vague words ("你看着办", "给多少") count only beside pressure, earlier or in this message.
  // A deadline word alone ("否则。。。后果自负" in a review) is no pressure.
  const pressureHere = reading.findings.some((f) => !f.rule?.needsHistory && f.weight >= 0.1 && f.id !== 'settlement.deadline'
    && ((f.rule?.threat === true && f.group !== 'review') || PRESSURE_HERE_GROUPS.has(f.group)));
  // With pressure, every finding counts: a plain copy (thinning sorts and shortens its own list).
  const own: Finding[] = thinned(pressureBefore || pressureHere ? reading.findings.slice() : reading.findings.filter((f) => !f.rule?.needsHistory));
  // One pass over the findings, each list in text order; a list nothing goes into is the shared empty one.
  let threats: Finding[] | undefined;
  let withdraw: Finding[] | undefined;
  let reviews: Finding[] | undefined;
  let citations: Finding[] | undefined;
  let multipliers: Finding[] | undefined;
  let settles = false;
  for (const f of own) {
    if (f.rule?.threat && f.weight >= STRONG_THREAT_WEIGHT && f.group !== 'review') (threats ??= []).push(f);
    if (f.id === 'settlement.withdraw') (withdraw ??= []).push(f);
    if (f.group === 'review') (reviews ??= []).push(f);
    else if (f.group === 'citation') (citations ??= []).push(f);
    else if (f.group === 'multiplier') (multipliers ??= []).push(f);
    else if (f.group === 'settlement' || f.group === 'self-declared') settles = true;
  }
  const pressureNow = threats !== undefined || citations !== undefined || multipliers !== undefined || reviews !== undefined || settles;
  return {
    own, threats: threats ?? NONE, withdraw: withdraw ?? NONE, reviews: reviews ?? NONE, citations: citations ?? NONE,
    multipliers: multipliers ?? NONE, pressureBefore, pressureNow,
  };
}

/** The sums asked for and the money findings, strong (a sum, a multiple, 赔钱) and weak. */
interface Money {
  demanded: readonly AmountFinding[];
  amountFindings: readonly Finding[];
  strongMoney: readonly Finding[];
  weakMoney: readonly Finding[];
  money: readonly Finding[];
  maxAmount: number;
}

function amountFinding(a: AmountFinding, asked: boolean): Finding {
  const w = NUMBER_SIGNALS.amount;
  // A sum nothing asks for, counted only because pressure stands near it ("4498的手机…报警"), weighs as little as any
  // sum: its size says nothing about a demand. Beside a word that asks for money ("赔偿也得给，五百") it is asked for.
  const weight = !asked ? w.weight : a.value >= EXTORTION_THRESHOLD_YUAN ? w.atLeast2000 : a.value >= 500 ? w.atLeast500 : w.weight;
  const label = a.anomalous ? '金额异常（数额大到不可能是真实金额，按上限记录）' : `索要金额 ${a.value} 元`;
  return { id: w.id, group: 'amount', label, weight, start: a.start, end: a.end, clause: a.clause, rule: undefined };
}

const NO_AMOUNTS: readonly AmountFinding[] = Object.freeze([]);
const isStrongMoney = (f: Finding) => f.rule?.money === 'strong' || f.group === 'multiplier';
const isWeakMoney = (f: Finding) => f.rule?.money === 'weak';

function moneyOf(reading: MessageReading, sorted: Sorted, history: BuyerHistory | undefined): Money {
  const { own } = sorted;
  const asksNow = sorted.pressureNow || own.some((f) => f.rule?.money !== undefined);
  const contextBefore = sorted.pressureBefore || Boolean(history?.review || history?.pretext);
  // A sum with no telling words counts after earlier pressure, or beside a threat, a citation or settlement talk.
  // Only pressure that is about money counts here: a price told in a bad review is no demand.
  let pressing: Set<number> | undefined;
  const besidePressure = (a: AmountFinding) => {
    pressing ??= new Set(own.filter((f) => PRESSING_GROUPS.has(f.group) && f.weight >= 0.25).map((f) => f.clause));
    for (let k = a.clause - CONCEPT_WINDOW + 1; k < a.clause + CONCEPT_WINDOW; k++) if (pressing.has(k)) return true;
    return false;
  };
  const counts = (a: AmountFinding) => a.role === 'demand' || (a.role === 'unknown' && (contextBefore || (asksNow && besidePressure(a))));
  // Most sums read are all asked for: the reader's own list then (the judge never changes it), no copy.
  const demanded: readonly AmountFinding[] = reading.amounts.length === 0 ? NO_AMOUNTS : reading.amounts.every(counts) ? reading.amounts : reading.amounts.filter(counts);
  // Asked for: beside a word that asks for money, in its clause or the next one either side.
  const asked = (a: AmountFinding) => a.role === 'demand' || own.some((f) => f.rule?.money === 'strong' && Math.abs(f.clause - a.clause) <= 1);
  const amountFindings = demanded.length === 0 ? NONE : demanded.map((a) => amountFinding(a, asked(a)));
  // `own` is in text order already: only the sums need sorting in.
  const strongWords = only(own, isStrongMoney);
  const strongMoney = amountFindings.length === 0 ? strongWords : inOrder(joined(strongWords, amountFindings));
  const weakMoney = only(own, isWeakMoney);
  const money = weakMoney.length === 0 ? strongMoney : inOrder(joined(strongMoney, weakMoney));
  let maxAmount = 0;
  for (let i = 0; i < demanded.length; i++) maxAmount = Math.max(maxAmount, (demanded[i] as AmountFinding).value);
  return { demanded, amountFindings, strongMoney, weakMoney, money, maxAmount };
}

const isPrivate = (f: Finding) => f.id === 'settlement.private';
const isPretext = (f: Finding) => f.group === 'pretext';
const isNotarised = (f: Finding) => f.id === 'evidence.notarised';
const isBulk = (f: Finding) => f.group === 'bulk';
const isRefusal = (f: Finding) => f.id === 'settlement.refuses-refund';
const isDeadline = (f: Finding) => f.id === 'settlement.deadline';
const notHowMuch = (f: Finding) => f.id !== 'payment.how-much';

/**
 * Adds the combination when a pair, one from each list, stands close enough to be one statement (a long review
 * naming a price and, ten clauses later, a bad review is no demand); its span covers the pair.
 */
function combine(found: Finding[], c: Weighted, a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const i = nearPairAt(a, b);
  if (i < 0) return false;
  const x = a[i] as Finding;
  const y = b[pairB] as Finding;
  found.push(combination(c, x.clause, { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) }));
  return true;
}

/** Adds each pair of findings that stands close enough to be one statement, as a combination. */
function addCombinations(found: Finding[], sorted: Sorted, m: Money, concept: Finding | undefined): void {
  const { own, threats, reviews, citations, withdraw, multipliers } = sorted;
  const { money, strongMoney } = m;
  // The slots first: a threat or a bad review beside money weighs as a demand only in the shape of one
  // (pay-or-else, pay-to-withdraw, a sum, several kinds of leverage); a review telling of a complaint and
  // a refund is not.
  const shapedHere = concept !== undefined && concept.weight >= LEVEL_THRESHOLDS.medium;
  const unshaped = (c: Weighted) => shapedHere ? c : { id: c.id, label: c.label, weight: Math.min(c.weight, UNSHAPED_PRESSURE_MONEY) };
  if (money.length > 0) {
    combine(found, COMBINATIONS.citationMoney, citations, money);
    if (threats.length > 0) combine(found, unshaped(COMBINATIONS.threatMoney), threats, money);
    if (reviews.length > 0) combine(found, unshaped(COMBINATIONS.reviewMoney), reviews, money);
    combine(found, COMBINATIONS.withdrawMoney, withdraw, money);
    combine(found, COMBINATIONS.settlementMoney, only(own, isPrivate), money);
  }
  const pretexts = only(own, isPretext);
  if (pretexts.length > 0 && !combine(found, COMBINATIONS.pretextMultiplier, pretexts, multipliers)) {
    combine(found, COMBINATIONS.pretextAmount, pretexts, only(strongMoney, notHowMuch));
  }
  if (money.length > 0) {
    combine(found, COMBINATIONS.evidenceMoney, only(own, isNotarised), money);
    combine(found, COMBINATIONS.bulkMoney, only(own, isBulk), money);
  }
  if (pretexts.length > 0) combine(found, COMBINATIONS.refusalPretext, only(own, isRefusal), pretexts);
  if (money.length === 0 && threats.length > 0) combine(found, COMBINATIONS.threatDeadline, only(own, isDeadline), threats);
}

/** The pretexts and the harms told in this message, as findings for an escalation's evidence. */
function groundsOf(reading: MessageReading, own: readonly Finding[]): Finding[] {
  const grounds: Finding[] = own.filter(isPretext);
  for (const c of reading.concepts) {
    if (c.concept === 'harm') grounds.push({ id: 'concept.harm', group: 'pretext', label: '', weight: 0, start: c.start, end: c.end, clause: c.clause, rule: undefined });
  }
  return grounds;
}

/** The shop pressed to admit blame ("你认不认？"), as findings for an escalation's evidence. */
function admissionsOf(reading: MessageReading): readonly Finding[] {
  let found: Finding[] | undefined;
  for (const c of reading.concepts) {
    if (c.concept === 'admit') (found ??= []).push({ id: 'concept.admit', group: 'escalation', label: '', weight: 0, start: c.start, end: c.end, clause: c.clause, rule: undefined });
  }
  return found ?? NONE;
}

/** Adds what the buyer's earlier messages make of this one: escalation, and a refusal noted. */
const isComplaint = (f: Finding) => f.id === 'threat.complaint';

function addEscalation(found: Finding[], history: BuyerHistory, when: (step: Step) => string, sorted: Sorted, m: Money, reading: MessageReading): void {
  const { own, threats, withdraw, reviews, citations, pressureBefore } = sorted;
  // Payment words and sums the slots read: loose alone, telling after an earlier demand.
  const moneyWords: Finding[] = m.amountFindings.slice();
  for (const c of reading.concepts) {
    if (c.concept === 'money' || c.concept === 'repay') moneyWords.push({ id: 'concept.money', group: 'payment', label: '', weight: 0, start: c.start, end: c.end, clause: c.clause, rule: undefined });
  }
  found.push(...escalationFindings(history, when, {
    own, threats, withdraw, reviews, citations, strongMoney: m.strongMoney, weakMoney: m.weakMoney, ordinaryRequest: reading.ordinaryRequest, pressureBefore,
    complaints: only(own, isComplaint), moneyWords, grounds: groundsOf(reading, own), admissions: admissionsOf(reading),
  }));
  if (history.sellerRefusal && m.money.length > 0 && threats.length + reviews.length > 0) {
    // Noted in the label only: a threat right after a refusal is context, not a signal of its own.
    const last = found.findLast((f) => f.group === 'combination' || f.group === 'escalation');
    if (last) last.label += `（卖家拒绝后，${when(history.sellerRefusal)}）`;
  }
}

/** Whether a threat and a sum of at least the extortion threshold make extortion; adds the finding when they do. */
function addExtortion(found: Finding[], sorted: Sorted, m: Money, concept: Finding | undefined, history: BuyerHistory | undefined): boolean {
  const { own, threats, reviews, withdraw } = sorted;
  const veiled = own.some((f) => f.group === 'veiled');
  const anyThreat = threats.length > 0 || reviews.length > 0 || withdraw.length > 0 || veiled || Boolean(history?.threat || history?.review);
  // No threat, or no sum that large: no extortion, and nothing to build.
  if (!anyThreat) return false;
  const extortionAmount = Math.max(m.maxAmount, m.money.length > 0 || anyThreat ? (history?.maxAmount ?? 0) : 0);
  if (extortionAmount < EXTORTION_THRESHOLD_YUAN) return false;
  // Alone, a message shows extortion only when the threat and the sum stand together.
  const big = m.demanded.map((a, i) => ({ a, f: m.amountFindings[i] as Finding })).filter((x) => x.a.value >= EXTORTION_THRESHOLD_YUAN);
  const bigSums = big.map((x) => x.f);
  const pressure = inOrder(joined(threats, reviews, withdraw));
  // A threat word beside a sum that nothing asks for ("4498的手机…报警") is no extortion: the sum must be asked for,
  // or the message must have the shape of a claim.
  const askedSums = big.filter((x) => x.a.role === 'demand').map((x) => x.f);
  const together = hasNearPair(pressure, askedSums) || (concept !== undefined && concept.weight >= LEVEL_THRESHOLDS.high && bigSums.length > 0);
  const extortion = m.maxAmount >= EXTORTION_THRESHOLD_YUAN ? together || Boolean(history?.threat || history?.review) : pressure.length > 0 || veiled;
  if (extortion) found.push(combination(COMBINATIONS.extortion, 0, spanOf(firstOf(pressure, bigSums))));
  return extortion;
}

/** Adds the order context's findings and returns the factor the score is scaled by. */
function addContext(found: Finding[], reading: MessageReading, context: MessageContext | undefined, sorted: Sorted, m: Money): number {
  // Context counts only for a message that says something of its own.
  let factor = 1;
  if (found.some((f) => f.weight > 0.1) && context) {
    const c = CONTEXT_SIGNALS;
    if ((context.sameItemOrders ?? 0) >= c.manyOrders.min) found.push(contextFinding(c.manyOrders, `${c.manyOrders.label}（${context.sameItemOrders} 单）`));
    else if (context.sameItemOrders === 1) factor *= c.singleOrderFactor;
    if (context.previouslyFlagged) found.push(contextFinding(c.flaggedBefore));
    if (context.hoursSinceDelivery !== undefined && context.hoursSinceDelivery < c.fastClaim.hours && sorted.citations.length + sorted.multipliers.length > 0) {
      found.push(contextFinding(c.fastClaim));
    }
  }
  if (reading.ordinaryRequest && m.strongMoney.length === 0 && !found.some((f) => f.group === 'combination' || f.group === 'escalation')) factor *= ORDINARY_REQUEST_FACTOR;
  return factor;
}

function scoreOf(found: readonly Finding[], extortion: boolean, concept: Finding | undefined, factor: number, moneyless: boolean): number {
  // Noisy-or over the strongest signal of each group, so ten pretexts weigh no more than one.
  // Weak signals alone (a price, a bad review, the word 赔偿) never add up to a flag: a flag needs
  // one signal that means something on its own, or a combination of them standing together.
  // A combination counts when it is strong enough to flag on its own: a weak pairing plus loose words is no claim.
  const meaningful = found.some((f) => (f.weight >= WEAK_ALONE && (f.group !== 'combination' || f.weight >= LEVEL_THRESHOLDS.medium))
    || f.group === 'escalation');
  // Rounded before the level, so a signal weighted exactly at a threshold reaches it.
  // High needs the shape of a claim, not a pile of words: money with a lever and a condition or an exchange
  // (pay-or-else, pay-to-withdraw), or pressure built up over the conversation. A review
  // that names a sum, a complaint and a bad review, or quotes "假一赔十" and the consumer law, stays medium.
  // Extortion marked without that shape (a threat beside a large sum asked for) is flagged, and stays medium.
  const shaped = (concept !== undefined && concept.weight >= LEVEL_THRESHOLDS.high) || found.some((f) => SHAPED_GROUPS.has(f.group));
  // No claim without money: a law cited, a threat or a veiled word in a message that asks for nothing ("听没听过消保法？",
  // "小事何必闹大…报警") is an angry customer's, low at most, unless a rule read the claim's shape without a sum
  // (reported and offered back, several levers on a condition) or earlier messages did.
  const claimShaped = shaped || (concept !== undefined && concept.weight >= LEVEL_THRESHOLDS.medium) || !moneyless;
  const ceiling = meaningful && claimShaped ? (shaped ? 1 : LEVEL_THRESHOLDS.high - 0.01) : LEVEL_THRESHOLDS.medium - 0.01;
  const raw = Math.min(1, Math.min(noisyOrOfStrongest(found), ceiling) * factor);
  return Math.round(raw * 1000) / 1000;
}

/** How many findings before each one have its id, for a long list (asked in order, once per finding). */
function repeatsBefore(): (f: Finding, i: number) => number {
  const seen = new Map<string, number>();
  return (f) => { const n = seen.get(f.id) ?? 0; seen.set(f.id, n + 1); return n; };
}

/** The signals shown: at most a few per kind, and a notice for text too long to read. */
function signalsOf(found: readonly Finding[], reading: MessageReading): Signal[] {
  // A handful (most messages): counted by looking back, with no closure or map.
  const repeats = found.length <= FEW ? undefined : repeatsBefore();
  const signals: Signal[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Finding;
    let before = 0;
    if (repeats === undefined) { for (let j = 0; j < i; j++) if ((found[j] as Finding).id === f.id) before++; } else before = repeats(f, i);
    if (before >= SHOWN_PER_SIGNAL || f.weight <= 0) continue;
    signals.push({ id: f.id, group: f.group, label: f.label, evidence: reading.text.slice(f.start, f.end), start: f.start, end: f.end, weight: f.weight });
  }
  if (reading.unread > 0) {
    // Never silently dropped: the seller is told what was not read.
    const from = reading.text.length - reading.unread;
    signals.push({
      id: 'notice.unread', group: 'notice', label: `消息过长：只检查了前 ${MAX_ANALYSED_CHARS} 字，其余 ${reading.unread} 字未检查`,
      evidence: '', start: from, end: reading.text.length, weight: 0,
    });
  }
  return signals;
}

// A refund or an exchange asked for by name: the condition is about getting it ("不给退我就投诉"), not a vague "处理一下".
const REFUND_NAMED = /退款|退货|换货|退钱|退了|给退|补发|重发|换一个|换个|仅退款|退回/;

/** What this message adds to the buyer's history. */
function factsOf(reading: MessageReading, sorted: Sorted, m: Money, level: Level): MessageFacts {
  const { own, threats, withdraw, reviews, citations, multipliers } = sorted;
  // A threat made to get a refund or an exchange is an ordinary dispute, not pressure for money; one held over a
  // condition ("每单都给差评，除非你们处理一下") is pressure whatever it asks for, and a sum asked after it is the price.
  const pressing = !reading.ordinaryRequest || m.money.length > 0
    || (reading.concepts.some((c) => c.concept === 'condition') && !REFUND_NAMED.test(reading.text));
  return {
    citation: citations.length > 0 || multipliers.length > 0,
    threat: (threats.length > 0 && pressing) || withdraw.length > 0,
    review: reviews.length > 0 && pressing,
    money: m.strongMoney.length > 0 || (m.weakMoney.length > 0 && sorted.pressureNow),
    bait: own.some((f) => f.id === 'bait.replica') ? 'replica' : own.some((f) => f.id === 'bait.genuine-question') ? 'question' : undefined,
    pretext: has(own, 'pretext') || reading.askedPretext,
    flagged: level === 'medium' || level === 'high',
    maxAmount: m.maxAmount,
  };
}

const messageNumber = (s: Step) => `第${s.index + 1}条`;
const memberTest = <T,>(xs: readonly T[]): ((x: T) => boolean) => {
  if (xs.length <= FEW) return (x) => xs.includes(x);
  const set = new Set(xs);
  return (x) => set.has(x);
};
/** The sums' values, each once, in order. */
function distinctValues(sums: readonly AmountFinding[]): number[] {
  if (sums.length > FEW) return [...new Set(sums.map((a) => a.value))];
  const values: number[] = [];
  for (let i = 0; i < sums.length; i++) if (!values.includes((sums[i] as AmountFinding).value)) values.push((sums[i] as AmountFinding).value);
  return values;
}

/**
 * Whether a sum handed over ("给800", "你出600") is followed right after by an exchange ("…我就不发评价", "…就撤诉"):
 * the price named, then what it buys (not "用360全删了": a brand).
 */
const EXCHANGE_GAP = 3;
// Handed over or asked for by name ("要求500元，如果不付…").
const HANDED_OVER = /(?:[给转打出赔退付拿补返汇]我?|要求|索要|索取|索讨|讨要)$/;
/** Whether one of the sorted starts lies in [from, to] (binary search: a long message has many of each). */
function startsWithin(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < from) lo = mid + 1; else hi = mid;
  }
  return lo < starts.length && (starts[lo] as number) <= to;
}
const beforeExchange = (text: string, exchangeStarts: readonly number[], a: AmountFinding) =>
  exchangeStarts.length > 0 && HANDED_OVER.test(text.slice(Math.max(0, a.start - 2), a.start)) && startsWithin(exchangeStarts, a.end, a.end + EXCHANGE_GAP);

/**
 * The sums the concept rules read: every one that is not a price, and a price paid in money. A bare sum
 * beside an exchange ("给800我就不发评价") is what the exchange costs.
 */
function sumsRead(reading: MessageReading, demanded: readonly AmountFinding[]): readonly AmountFinding[] {
  const { amounts, concepts, text } = reading;
  if (amounts.length === 0) return NO_AMOUNTS;
  const isDemanded = memberTest(demanded);
  // Built only when a sum needs them (most are read at once: asked for, or in money).
  let exchangeStarts: number[] | undefined;
  const exchangesOf = () => (exchangeStarts ??= concepts.filter((c) => c.concept === 'exchange').map((c) => c.start).sort((x, y) => x - y));
  // A sum handed over beside an ultimatum ("不想被投诉的话，拿1000出来") is what the ultimatum asks.
  const besideCondition = (a: AmountFinding) => HANDED_OVER.test(text.slice(Math.max(0, a.start - 2), a.start))
    && concepts.some((c) => c.concept === 'condition' && Math.abs(c.clause - a.clause) < CONCEPT_WINDOW);
  const read = (a: AmountFinding) => a.role === 'price' ? a.money : a.role === 'demand' || a.money || isDemanded(a) || beforeExchange(text, exchangesOf(), a)
    || besideCondition(a);
  // Every sum read (most messages): the reader's own list, which nothing changes.
  return amounts.every(read) ? amounts : amounts.filter(read);
}

/** Judges one reading, alone or in the light of the same buyer's earlier messages. */
export function judge(read: MessageReading, options: JudgeOptions = {}): { assessment: Assessment; facts: MessageFacts } {
  const { assessment, facts } = judged(read, options, true);
  return { assessment, facts: facts as MessageFacts };
}

/** The assessment alone, for a message judged by itself (what it adds to a buyer's history is not needed). */
export const assessReading = (read: MessageReading, options: JudgeOptions = {}): Assessment => judged(read, options, false).assessment;

function judged(read: MessageReading, options: JudgeOptions, withFacts: boolean): { assessment: Assessment; facts: MessageFacts | undefined } {
  const reading = withoutOtherSide(read);
  if (reading.findings.length === 0 && reading.amounts.length === 0 && reading.concepts.length === 0 && reading.unread === 0
    && ((!reading.ordinaryRequest && !reading.askedPretext) || options.history === undefined)) {
    // Nothing read (at most a refund asked for, a question about a label): what the full judgement below would give, without its work.
    const assessment: Assessment = { level: 'none', score: 0, signals: [], amounts: [], extortion: false };
    if (!withFacts) return { assessment, facts: undefined };
    const facts: MessageFacts = { citation: false, threat: false, review: false, money: false, pretext: reading.askedPretext, flagged: false, maxAmount: 0 };
    if (reading.ordinaryRequest || reading.askedPretext) facts.bait = undefined;
    return { assessment, facts };
  }
  const { history, context } = options;
  const when = options.when ?? messageNumber;
  const sorted = sortFindings(reading, history);
  const m = moneyOf(reading, sorted, history);
  // Copied by hand: Array.prototype.concat took a tenth of the judgement's time here.
  const found: Finding[] = [];
  // By index: the lists are of several kinds (the shared frozen empty one among them).
  for (let i = 0; i < sorted.own.length; i++) found.push(sorted.own[i] as Finding);
  for (let i = 0; i < m.amountFindings.length; i++) found.push(m.amountFindings[i] as Finding);
  const concept = conceptFinding(reading.concepts, sorted.own, sumsRead(reading, m.demanded));
  addCombinations(found, sorted, m, concept);
  // The rules read every sum that is not a price: one beside "删差评" is what the deletion costs.
  if (concept) found.push(concept);
  if (history) addEscalation(found, history, when, sorted, m, reading);
  const extortion = addExtortion(found, sorted, m, concept, history);
  const factor = addContext(found, reading, context, sorted, m);
  // Turning the refund down ("退款就不用了") asks for something else: money, unnamed.
  const moneyless = m.money.length === 0 && !has(sorted.own, 'self-declared') && !sorted.own.some(isRefusal)
    && !reading.concepts.some((c) => c.concept === 'money' || c.concept === 'compensation');
  const score = scoreOf(found, extortion, concept, factor, moneyless);
  const level = levelOf(score);
  const assessment: Assessment = { level, score, signals: signalsOf(found, reading), amounts: distinctValues(m.demanded), extortion };
  return { assessment, facts: withFacts ? factsOf(reading, sorted, m, level) : undefined };
}
