import { CONCEPT_RULES, CONCEPT_WINDOW, LEVERAGE_KINDS, SIGNAL_CONCEPTS, type Concept, type ConceptRule } from './concept-table';
import type { AmountFinding, ConceptHit, Finding } from './read-message';
import { sortSmall } from './sort-small';

const CONCEPTS: readonly Concept[] = ['money', 'compensation', 'condition', 'coercion', 'menace', 'vow', 'exchange', 'private', 'harm', 'repay', 'report-done', 'others-paid', 'group', 'pretext', 'off-platform', 'admit', 'taking', ...LEVERAGE_KINDS];
const BIT = new Map(CONCEPTS.map((c, i) => [c, 1 << i]));
const bit = (c: Concept) => BIT.get(c) as number;
const LEVERAGE_MASK = LEVERAGE_KINDS.reduce((m, c) => m | bit(c), 0);
const SUM = 1 << CONCEPTS.length;
const PAID = SUM << 1;
const MONEY = bit('money');

const popcount = (x: number) => { let n = 0; for (let v = x; v !== 0; v &= v - 1) n++; return n; };
const COMPLAINT_TO_REGULATOR = bit('complaint') | bit('regulator');
// "投诉到12315", "向工商举报": a complaint made to a regulator is one lever, not two.
const leverageKinds = (mask: number) =>
  popcount(mask & LEVERAGE_MASK) - ((mask & COMPLAINT_TO_REGULATOR) === COMPLAINT_TO_REGULATOR ? 1 : 0);

/** Each rule as masks, built once: meeting it is a few bit tests. */
const RULE_MASKS = CONCEPT_RULES.map((rule) => ({
  rule,
  all: rule.all.reduce((m, c) => m | bit(c), 0),
  any: (rule.any ?? []).reduce((m, c) => m | bit(c), 0),
  sum: rule.sum ? (rule.paid ? SUM | PAID : SUM) : 0,
}));
type RuleMask = (typeof RULE_MASKS)[number];

function meets(r: RuleMask, mask: number): boolean {
  if ((mask & r.all) !== r.all) return false;
  if (r.any !== 0 && (mask & r.any) === 0) return false;
  if (r.rule.leverageKinds && leverageKinds(mask) < r.rule.leverageKinds) return false;
  return r.sum === 0 || (mask & r.sum) !== 0;
}
// What a window of clauses meets depends on its mask alone: each mask is looked up in the rules once.
const ruleOfMask = new Map<number, ConceptRule | null>();
function firstRuleMet(mask: number): ConceptRule | undefined {
  let rule = ruleOfMask.get(mask);
  if (rule === undefined) { rule = RULE_MASKS.find((r) => meets(r, mask))?.rule ?? null; ruleOfMask.set(mask, rule); }
  return rule ?? undefined;
}
/** The slots a rule reads, for its evidence span. */
const maskWanted = (rule: ConceptRule) => rule.all.reduce((m, c) => m | bit(c), 0) | (rule.any ?? []).reduce((m, c) => m | bit(c), 0)
  | (rule.leverageKinds ? LEVERAGE_MASK : 0) | (rule.sum ? SUM : 0) | (rule.paid ? PAID : 0);
// Per rule, built once (a message met by a rule needs its mask each time).
const WANTED: ReadonlyMap<ConceptRule, number> = new Map(CONCEPT_RULES.map((rule) => [rule, maskWanted(rule)]));
const wantedMask = (rule: ConceptRule) => WANTED.get(rule) as number;
const CONCEPT_BIT: Readonly<Record<string, number>> = Object.fromEntries(CONCEPTS.map((c) => [c, bit(c)]));
const SIGNAL_BIT: ReadonlyMap<string, number> = new Map(Object.entries(SIGNAL_CONCEPTS).map(([id, c]) => [id, bit(c)]));

interface Slot { mask: number; clause: number; start: number; end: number }
const slotOrder = (a: Slot, b: Slot) => a.clause - b.clause || a.start - b.start;

/**
 * One message's slots, clause masks and windows, in buffers kept from message to message: a message
 * read allocates none of them once the buffers have grown (the reader reads one message at a time).
 */
// This message's slots are slots[0, slotCount): a count reset, not a list emptied (emptying a list lets its storage
// go, and the next message's pushes grow a new one).
const slots: Slot[] = [];
let slotCount = 0;
const clauses: number[] = [];
const masks: number[] = [];
function addSlot(mask: number, clause: number, start: number, end: number): void {
  const s = slots[slotCount++];
  if (s === undefined) { slots.push({ mask, clause, start, end }); return; }
  s.mask = mask; s.clause = clause; s.start = start; s.end = end;
}

function fillSlots(concepts: readonly ConceptHit[], findings: readonly Finding[], amounts: readonly AmountFinding[]): void {
  slotCount = 0;
  // By index: the judge may pass a shared frozen empty list, which for-of walks with an iterator object per step.
  for (let i = 0; i < concepts.length; i++) {
    const h = concepts[i] as ConceptHit;
    addSlot(CONCEPT_BIT[h.concept] as number, h.clause, h.start, h.end);
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const mask = SIGNAL_BIT.get(f.id);
    if (mask !== undefined) addSlot(mask, f.clause, f.start, f.end);
  }
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as AmountFinding;
    if (a.role === 'price') {
      if (a.paid) addSlot(PAID, a.clause, a.start, a.end);
      continue;
    }
    addSlot(SUM | (a.role === 'demand' ? MONEY : 0), a.clause, a.start, a.end);
  }
}

/** One mask per clause that has slots (slots sorted); returns how many clauses. */
function fillClauseMasks(): number {
  let n = 0;
  for (let i = 0; i < slotCount; i++) {
    const s = slots[i] as Slot;
    if (n === 0 || clauses[n - 1] !== s.clause) { clauses[n] = s.clause; masks[n] = 0; n++; }
    masks[n - 1] = (masks[n - 1] as number) | s.mask;
  }
  return n;
}

/**
 * The strongest concept rule met by any window of CONCEPT_WINDOW clauses, as a
 * combination finding whose evidence spans the hits that met it. Linear in the
 * number of slot hits (the window is a constant).
 */
export function conceptFinding(concepts: readonly ConceptHit[], findings: readonly Finding[], amounts: readonly AmountFinding[]): Finding | undefined {
  fillSlots(concepts, findings, amounts);
  if (slotCount === 0) return undefined;
  sortSmall(slots, slotOrder, slotCount);
  const n = fillClauseMasks();
  // Every window of clauses read as one.
  let rule: ConceptRule | undefined;
  let from = 0;
  let to = 0;
  for (let k = 0; k < n; k++) {
    let mask = 0;
    let j = k;
    while (j < n && (clauses[j] as number) - (clauses[k] as number) < CONCEPT_WINDOW) mask |= masks[j++] as number;
    const met = firstRuleMet(mask);
    if (met && (!rule || met.weight > rule.weight)) { rule = met; from = clauses[k] as number; to = clauses[j - 1] as number; }
    if (rule === CONCEPT_RULES[0]) break;
  }
  if (!rule) return undefined;
  const wanted = wantedMask(rule);
  let start = Infinity;
  let end = 0;
  for (let i = 0; i < slotCount; i++) {
    const s = slots[i] as Slot;
    if (s.clause < from || s.clause > to || (s.mask & wanted) === 0) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { id: rule.id, group: 'combination', label: rule.label, weight: rule.weight, start, end, clause: from, rule: undefined };
}
