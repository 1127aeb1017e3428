import type { Step } from './history';
import type { ConceptHit, Finding, MessageReading } from './read-message';
import { STRONG_LEVERAGE, TURN_RULES, TURN_SLOTS, type TurnRule, type TurnSlot } from './turn-table';

const BIT = new Map(TURN_SLOTS.map((s, i) => [s, 1 << i]));
const bit = (s: TurnSlot) => BIT.get(s) as number;
const maskOf = (slots: readonly TurnSlot[] | undefined) => (slots ?? []).reduce((m, s) => m | bit(s), 0);
const STRONG_MASK = maskOf(STRONG_LEVERAGE);
const CLAIM_MASK = maskOf(['sum', 'money']);

// The words of a refund beside a sum: the money asked back, not asked for.
const ASKED_BACK = /退|返还|货款|全款|原价|原路/;
const BACK_GAP = 4;
// What makes a line more than the price asked back: money asked for, a condition, an exchange, a threat, a lever, or
// the grounds of a claim told with it (after praise, "没有生产日期…把钱退给我" is the claimant's order: ./escalation.ts).
const BEYOND_REFUND = maskOf(['sum', 'money', 'compensation', 'ultimatum', 'exchange', 'threat', 'grounds', 'harm', 'report-done', 'evidence', ...STRONG_LEVERAGE]);
const PRESSED_FOR_MONEY = maskOf(['sum', 'money', 'compensation', 'ultimatum', 'exchange', 'report-done']);

const popcount = (x: number) => { let n = 0; for (let v = x; v !== 0; v &= v - 1) n++; return n; };

/** What a buyer's earlier turns filled: constant size, whatever the conversation's length. */
export interface TurnMemory {
  mask: number;
  /** The first turn that filled each slot, by the slot's index in TURN_SLOTS. */
  first: Array<Step | undefined>;
  /** The first turn that asked for money and was judged a claim (low or more): what a seller's refusal refuses. */
  claim?: Step;
}

export const emptyTurnMemory = (): TurnMemory => ({ mask: 0, first: [] });

/** The slots one turn fills, with where each is first shown in the text. */
export interface TurnSlots {
  mask: number;
  spans: Map<number, { start: number; end: number }>;
}

const CONCEPT_SLOT: Readonly<Record<string, TurnSlot | undefined>> = {
  money: 'money', taking: 'money', compensation: 'compensation', private: 'compensation', exchange: 'exchange',
  menace: 'threat', vow: 'threat', harm: 'harm', pretext: 'grounds', coercion: 'grounds', repay: 'repay', 'report-done': 'report-done', 'others-paid': 'others-paid',
  'off-platform': 'off-platform', group: 'group', admit: 'admit',
  complaint: 'complaint', regulator: 'regulator', review: 'review', exposure: 'exposure', legal: 'legal', penalty: 'penalty', police: 'police',
};

function findingSlot(f: Finding): TurnSlot | undefined {
  if (f.group === 'veiled' || f.group === 'self-declared') return 'threat';
  if (f.group === 'evidence') return 'evidence';
  if (f.group === 'bulk') return 'group';
  // A vague ask ("您看怎么处理") means money only after pressure, which no rule here reads into it.
  if (f.rule?.needsHistory) return undefined;
  if (f.group === 'pretext' || f.group === 'citation') return 'grounds';
  if (f.group === 'multiplier' || f.rule?.money === 'strong') return 'money';
  if (f.group === 'off-platform') return 'off-platform';
  return undefined;
}

/** The slots a buyer's turn fills, read from the message's concept slots, signals and sums. */
export function turnSlots(reading: MessageReading): TurnSlots {
  const found: TurnSlots = { mask: 0, spans: new Map() };
  const fill = (s: TurnSlot | undefined, at: { start: number; end: number }) => {
    if (s === undefined) return;
    const b = bit(s);
    if ((found.mask & b) === 0) found.spans.set(b, { start: at.start, end: at.end });
    found.mask |= b;
  };
  for (const f of reading.findings) fill(findingSlot(f), f);
  // A sum in a refund or exchange request ("想换个2k的屏") is what the item costs, unless it is asked for; one asked
  // back ("199块钱退给我", "货款199元退回来") is the price refunded.
  for (const a of reading.amounts) {
    if (a.paid || a.role === 'price' || (a.role === 'unknown' && !a.money)) continue;
    const back = (a.role === 'unknown' && reading.ordinaryRequest) || ASKED_BACK.test(reading.text.slice(Math.max(0, a.start - BACK_GAP), a.end + BACK_GAP));
    fill(back ? 'repay' : 'sum', a);
  }
  let condition: ConceptHit | undefined;
  for (const c of reading.concepts) {
    if (c.concept === 'condition') condition ??= c;
    else fill(CONCEPT_SLOT[c.concept], c);
  }
  // "不给退款我就投诉" asks for a refund on a condition: an ordinary dispute, unless money is asked as well.
  if (condition && (!reading.ordinaryRequest || (found.mask & maskOf(['sum', 'money'])) !== 0)) fill('ultimatum', condition);
  return found;
}

/**
 * The price asked back and nothing more ("我会打12315" … "199块钱退给我"), from a buyer who has asked no money nor
 * set a condition before: an angry buyer's refund, judged as the line alone, whatever complaint came before it.
 */
export const askedBackOnly = (memory: TurnMemory, slots: TurnSlots): boolean =>
  (slots.mask & bit('repay')) !== 0 && (slots.mask & BEYOND_REFUND) === 0 && (memory.mask & PRESSED_FOR_MONEY) === 0;

const filled = (mask: number, slots: number) => slots === 0 || (mask & slots) !== 0;

/** Each rule as masks, built once. */
const RULES = TURN_RULES.map((rule) => ({ rule, now: maskOf(rule.now), nowAlso: maskOf(rule.nowAlso), before: maskOf(rule.before), anyTurn: maskOf(rule.anyTurn) }));

function meets(r: (typeof RULES)[number], memory: TurnMemory, now: number, refused: boolean, flagged: boolean): boolean {
  const { rule } = r;
  if ((now & r.now) === 0 || !filled(now, r.nowAlso) || !filled(memory.mask, r.before) || !filled(memory.mask | now, r.anyTurn)) return false;
  if (rule.flaggedBefore && !flagged) return false;
  if (rule.refusedBefore && !refused) return false;
  if (rule.newKinds !== undefined) {
    const added = now & STRONG_MASK & ~memory.mask;
    if (added === 0 || popcount((memory.mask | now) & STRONG_MASK) < rule.newKinds) return false;
  }
  return true;
}

/** The earliest turn that filled one of the slots a rule looked back at. */
function earliest(memory: TurnMemory, slots: number): Step | undefined {
  let first: Step | undefined;
  for (let i = 0; i < TURN_SLOTS.length; i++) {
    const step = memory.first[i];
    if ((slots & (1 << i)) !== 0 && step && (!first || step.index < first.index)) first = step;
  }
  return first;
}

export interface TurnContext {
  /** The seller's last refusal, if any. */
  refusal?: Step;
  /** The buyer's first flagged turn, if any. */
  flagged?: Step;
  when: (step: Step) => string;
}

/** The first rule this turn meets against the buyer's earlier turns, as a finding on this turn's text. */
export function turnFinding(memory: TurnMemory, slots: TurnSlots, context: TurnContext): Finding | undefined {
  if (memory.mask === 0 && !context.flagged) return undefined;
  const refused = Boolean(context.refusal && memory.claim && context.refusal.index > memory.claim.index);
  const met = RULES.find((r) => meets(r, memory, slots.mask, refused, context.flagged !== undefined));
  if (!met) return undefined;
  const back = met.rule.refusedBefore ? context.refusal : met.rule.flaggedBefore ? context.flagged : earliest(memory, met.before | met.anyTurn) ?? context.flagged;
  let span = { start: 0, end: 0 };
  for (const [b, s] of slots.spans) if ((b & met.now) !== 0) { span = s; break; }
  return { id: met.rule.id, group: 'escalation', label: labelOf(met.rule, back, context.when), weight: met.rule.weight, clause: 0, ...span };
}

const labelOf = (rule: TurnRule, back: Step | undefined, when: (step: Step) => string) => (back ? `${rule.label}（此前：${when(back)}）` : rule.label);

/**
 * Adds a turn's slots to the memory. `claimed`: the turn was judged a claim (low or more); a payment word in a line
 * judged nothing ("退款什么时候到账") is no demand a refusal could answer.
 */
export function rememberTurn(memory: TurnMemory, slots: TurnSlots, step: Step, claimed: boolean): void {
  for (let i = 0; i < TURN_SLOTS.length; i++) if ((slots.mask & (1 << i)) !== 0) memory.first[i] ??= step;
  if (claimed && (slots.mask & CLAIM_MASK) !== 0) memory.claim ??= step;
  memory.mask |= slots.mask;
}
