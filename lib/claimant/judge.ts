import { escalationFindings } from './escalation';
import type { BuyerHistory, MessageFacts, Step } from './history';
import type { AmountFinding, Finding, MessageReading } from './read-message';
import type { Assessment, Level, MessageContext, Signal } from './schema';
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

function noisyOr(weights: Iterable<number>): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - w;
  return 1 - keep;
}

export function levelOf(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  if (score >= LEVEL_THRESHOLDS.low) return 'low';
  return 'none';
}

function spanOf(parts: ReadonlyArray<{ start: number; end: number }>): { start: number; end: number } {
  let start = Infinity;
  let end = 0;
  for (const p of parts) { start = Math.min(start, p.start); end = Math.max(end, p.end); }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

const historyPressure = (h: BuyerHistory | undefined) => Boolean(h && (h.citation || h.threat || h.money || h.flagged));

/** Judges one reading, alone or in the light of the same buyer's earlier messages. */
export function judge(reading: MessageReading, options: JudgeOptions = {}): { assessment: Assessment; facts: MessageFacts } {
  const { history, context } = options;
  const when = options.when ?? ((s: Step) => `第${s.index + 1}条`);
  const pressureBefore = historyPressure(history);
  // Vague words ("你看着办", "给多少") count only beside pressure, earlier or in this message.
  const pressureHere = reading.findings.some((f) => !f.rule?.needsHistory && f.weight >= 0.1
    && ((f.rule?.threat === true && f.group !== 'review') || ['citation', 'multiplier', 'pretext', 'settlement', 'self-declared'].includes(f.group)));
  const own: Finding[] = reading.findings.filter((f) => !f.rule?.needsHistory || pressureBefore || pressureHere);
  const has = (g: SignalGroup) => own.some((f) => f.group === g);
  const inGroup = (g: SignalGroup) => own.filter((f) => f.group === g);

  const threats = own.filter((f) => f.rule?.threat && f.weight >= STRONG_THREAT_WEIGHT && f.group !== 'review');
  const withdraw = own.filter((f) => f.id === 'settlement.withdraw');
  const reviews = inGroup('review');
  const citations = inGroup('citation');
  const multipliers = inGroup('multiplier');
  const pressureNow = threats.length > 0 || citations.length > 0 || multipliers.length > 0 || reviews.length > 0
    || has('settlement') || has('self-declared');

  const asksNow = pressureNow || own.some((f) => f.rule?.money !== undefined);
  const contextBefore = pressureBefore || Boolean(history?.review || history?.pretext);
  const demanded: AmountFinding[] = reading.amounts.filter((a) =>
    a.role === 'demand' || (a.role === 'unknown' && (asksNow || contextBefore)));
  const amountFindings: Finding[] = demanded.map((a) => {
    const w = NUMBER_SIGNALS.amount;
    const weight = a.value >= EXTORTION_THRESHOLD_YUAN ? w.atLeast2000 : a.value >= 500 ? w.atLeast500 : w.weight;
    return { id: w.id, group: 'amount', label: `索要金额 ${a.value} 元`, weight, start: a.start, end: a.end };
  });
  const strongMoney = [...own.filter((f) => f.rule?.money === 'strong' || f.group === 'multiplier'), ...amountFindings];
  const weakMoney = own.filter((f) => f.rule?.money === 'weak');
  const money = [...strongMoney, ...weakMoney];
  const maxAmount = demanded.reduce((m, a) => Math.max(m, a.value), 0);

  const found: Finding[] = [...own, ...amountFindings];
  const combine = (c: { id: string; label: string; weight: number }, parts: Finding[]) =>
    found.push({ id: c.id, group: 'combination', label: c.label, weight: c.weight, ...spanOf(parts) });
  const first = <T,>(xs: T[]) => xs.slice(0, 1);

  if (money.length > 0) {
    if (citations.length > 0) combine(COMBINATIONS.citationMoney, [...first(citations), ...first(money)]);
    if (threats.length > 0) combine(COMBINATIONS.threatMoney, [...first(threats), ...first(money)]);
    if (reviews.length > 0) combine(COMBINATIONS.reviewMoney, [...first(reviews), ...first(money)]);
    if (withdraw.length > 0) combine(COMBINATIONS.withdrawMoney, [...first(withdraw), ...first(money)]);
    const privately = own.filter((f) => f.id === 'settlement.private');
    if (privately.length > 0) combine(COMBINATIONS.settlementMoney, [...first(privately), ...first(money)]);
  }
  if (multipliers.length > 0 && has('pretext')) combine(COMBINATIONS.pretextMultiplier, [...first(inGroup('pretext')), ...first(multipliers)]);
  else if (strongMoney.length > 0 && has('pretext')) combine(COMBINATIONS.pretextAmount, [...first(inGroup('pretext')), ...first(strongMoney)]);
  const notarised = own.filter((f) => f.id === 'evidence.notarised');
  if (notarised.length > 0 && money.length > 0) combine(COMBINATIONS.evidenceMoney, [...first(notarised), ...first(money)]);
  if (has('bulk') && money.length > 0) combine(COMBINATIONS.bulkMoney, [...first(inGroup('bulk')), ...first(money)]);
  const refusals = own.filter((f) => f.id === 'settlement.refuses-refund');
  if (refusals.length > 0 && has('pretext')) combine(COMBINATIONS.refusalPretext, [...first(refusals), ...first(inGroup('pretext'))]);
  const deadlines = own.filter((f) => f.id === 'settlement.deadline');
  if (threats.length > 0 && deadlines.length > 0 && money.length === 0) combine(COMBINATIONS.threatDeadline, [...first(deadlines), ...first(threats)]);

  if (history) {
    found.push(...escalationFindings(history, when, {
      own, threats, withdraw, reviews, citations, strongMoney, weakMoney, ordinaryRequest: reading.ordinaryRequest, pressureBefore,
    }));
    if (history.sellerRefusal && money.length > 0 && threats.length + reviews.length > 0) {
      // Noted in the label only: a threat right after a refusal is context, not a signal of its own.
      const last = found.findLast((f) => f.group === 'combination' || f.group === 'escalation');
      if (last) last.label += `（卖家拒绝后，${when(history.sellerRefusal)}）`;
    }
  }

  const anyThreat = threats.length > 0 || reviews.length > 0 || withdraw.length > 0 || own.some((f) => f.group === 'veiled')
    || Boolean(history?.threat || history?.review);
  const extortionAmount = Math.max(maxAmount, money.length > 0 || anyThreat ? (history?.maxAmount ?? 0) : 0);
  const extortion = extortionAmount >= EXTORTION_THRESHOLD_YUAN && anyThreat
    && (maxAmount >= EXTORTION_THRESHOLD_YUAN || threats.length + reviews.length + withdraw.length > 0 || own.some((f) => f.group === 'veiled'));
  if (extortion) combine(COMBINATIONS.extortion, [...first([...threats, ...reviews, ...withdraw]), ...first(amountFindings)]);

  // Context counts only for a message that says something of its own.
  let factor = 1;
  if (found.some((f) => f.weight > 0.1) && context) {
    const c = CONTEXT_SIGNALS;
    if ((context.sameItemOrders ?? 0) >= c.manyOrders.min) found.push({ id: c.manyOrders.id, group: 'context', label: `${c.manyOrders.label}（${context.sameItemOrders} 单）`, weight: c.manyOrders.weight, start: 0, end: 0 });
    else if (context.sameItemOrders === 1) factor *= c.singleOrderFactor;
    if (context.previouslyFlagged) found.push({ id: c.flaggedBefore.id, group: 'context', label: c.flaggedBefore.label, weight: c.flaggedBefore.weight, start: 0, end: 0 });
    if (context.hoursSinceDelivery !== undefined && context.hoursSinceDelivery < c.fastClaim.hours && citations.length + multipliers.length > 0) {
      found.push({ id: c.fastClaim.id, group: 'context', label: c.fastClaim.label, weight: c.fastClaim.weight, start: 0, end: 0 });
    }
  }
  if (reading.ordinaryRequest && strongMoney.length === 0 && !found.some((f) => f.group === 'combination' || f.group === 'escalation')) factor *= ORDINARY_REQUEST_FACTOR;

  // Noisy-or over the strongest signal of each group, so ten pretexts weigh no more than one.
  const strongest = new Map<string, number>();
  for (const f of found) strongest.set(f.group, Math.max(strongest.get(f.group) ?? 0, f.weight));
  // Rounded before the level, so a signal weighted exactly at a threshold reaches it.
  const score = Math.round(Math.min(1, noisyOr(strongest.values()) * factor) * 1000) / 1000;

  const signals: Signal[] = found.filter((f) => f.weight > 0).map((f) => ({
    id: f.id, group: f.group, label: f.label, evidence: reading.text.slice(f.start, f.end), start: f.start, end: f.end, weight: f.weight,
  }));
  const assessment: Assessment = {
    level: levelOf(score),
    score,
    signals,
    amounts: [...new Set(demanded.map((a) => a.value))],
    extortion,
  };
  const facts: MessageFacts = {
    citation: citations.length > 0 || multipliers.length > 0,
    // A threat made to get a refund or an exchange is an ordinary dispute, not pressure for money.
    threat: (threats.length > 0 && (!reading.ordinaryRequest || money.length > 0)) || withdraw.length > 0,
    review: reviews.length > 0 && (!reading.ordinaryRequest || money.length > 0),
    money: strongMoney.length > 0 || (weakMoney.length > 0 && pressureNow),
    bait: own.some((f) => f.id === 'bait.replica') ? 'replica' : own.some((f) => f.id === 'bait.genuine-question') ? 'question' : undefined,
    pretext: has('pretext') || reading.askedPretext,
    flagged: assessment.level === 'medium' || assessment.level === 'high',
    maxAmount,
  };
  return { assessment, facts };
}
