import { runAtOnce, type Steps } from '@/lib/shared/slices';
import type { Compiled } from './compile';
import { fold } from './normalise';
import type { Category, Finding, FindingExemption, ListingField, Rule, Severity } from './schema';

const HINT_WINDOW = 12;
const RANK: Record<Severity, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** Beijing calendar date of an instant, YYYY-MM-DD. */
export const beijingDate = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

interface Hit { rule: Rule; start: number; end: number; as?: string | undefined }

const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** A disguised form must stand alone: "糖尿b" inside "糖尿bx" or "心脏b超" is another word. */
function disguiseHolds(text: string, start: number, end: number, notBefore: readonly string[] | undefined): boolean {
  if (isAsciiWord(text.charCodeAt(end - 1)) && isAsciiWord(text.charCodeAt(end))) return false;
  if (isAsciiWord(text.charCodeAt(start)) && start > 0 && isAsciiWord(text.charCodeAt(start - 1))) return false;
  return !(notBefore?.some((w) => text.startsWith(w, end)) ?? false);
}

/**
 * One field's findings: every term hit in one pass, minus those inside an allow
 * phrase, those negated just before, those inside a longer hit, and those the
 * category makes lawful. Linear in the field: the matcher is one pass, and each
 * hit looks at a fixed window around it.
 */
export function checkField(compiled: Compiled, field: ListingField, category: Category, today: string): Finding[] {
  return runAtOnce(checkFieldSteps(compiled, field, category, today));
}

/** checkField in three steps (folding, the matcher's pass, judging the hits): a long description is three slices. */
export function* checkFieldSteps(compiled: Compiled, field: ListingField, category: Category, today: string): Steps<Finding[]> {
  const folded = fold(field.text);
  const text = folded.text;
  yield;
  const raw = compiled.matcher.findAll(text);
  yield;
  // coverEnd[i]: the furthest end of an allow phrase starting at or before i.
  const coverEnd = new Int32Array(text.length + 1);
  const hits: Hit[] = [];
  for (const h of raw) {
    const entry = compiled.entries[h.pattern];
    if (entry === undefined) continue;
    if (entry.kind === 'allow') { if ((coverEnd[h.start] as number) < h.end) coverEnd[h.start] = h.end; }
    else if (entry.as === undefined) hits.push({ rule: entry.rule, start: h.start, end: h.end });
    else if (disguiseHolds(text, h.start, h.end, entry.notBefore)) hits.push({ rule: entry.rule, start: h.start, end: h.end, as: entry.as });
  }
  for (let i = 1; i <= text.length; i++) if ((coverEnd[i] as number) < (coverEnd[i - 1] as number)) coverEnd[i] = coverEnd[i - 1] as number;

  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  let keptEnd = -1;
  // Whether the field meets a rule elsewhere (a patent number given): searched once per rule, not per hit.
  const met = new Map<string, boolean>();
  const isMet = (rule: Rule) => {
    if (!rule.unlessField) return false;
    let m = met.get(rule.id);
    if (m === undefined) { m = rule.unlessField.some((w) => text.includes(w)); met.set(rule.id, m); }
    return m;
  };
  for (const hit of hits) {
    if ((coverEnd[hit.start] as number) >= hit.end) continue;
    if (hit.end <= keptEnd) continue; // inside a longer term already reported
    if (hit.rule.negatable && negated(compiled.negators, text, hit.start)) continue;
    if (hit.rule.claimedBy && !claimedHere(hit.rule.claimedBy, text, folded.origin, field.text, hit.start) && !claimedAfter(hit.rule.claimedBy, text, folded.origin, field.text, hit.end)) continue;
    if (isMet(hit.rule)) continue;
    const finding = toFinding(compiled, field, folded.origin, text, hit, category, today);
    keptEnd = Math.max(keptEnd, hit.end);
    if (finding) findings.push(finding);
  }
  return findings;
}

const isPhraseChar = (c: number) => isAsciiWord(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

const isOpen = (c: number) => c === 0x28 || c === 0xff08;
const isClose = (c: number) => c === 0x29 || c === 0xff09;
// A bracketed qualifier inside a claim (预防指尖(趾间)炎, 降(餐后)血糖) glosses a word of it: the phrase goes on past it,
// and it counts for nothing in the gap. At most this many characters inside.
const QUALIFIER = 4;

/** Where a short bracketed qualifier ending just before `end` opens, or -1. */
function qualifierBefore(text: string, end: number): number {
  if (!isClose(text.charCodeAt(end - 1))) return -1;
  for (let i = end - 2; i >= 0 && end - 2 - i <= QUALIFIER; i--) {
    if (isOpen(text.charCodeAt(i))) return i < end - 2 ? i : -1;
    if (!isPhraseChar(text.charCodeAt(i))) return -1;
  }
  return -1;
}

/** Where a short bracketed qualifier opening at `at` ends (just past its close), or -1. */
function qualifierAfter(text: string, at: number): number {
  if (!isOpen(text.charCodeAt(at))) return -1;
  for (let i = at + 1; i < text.length && i - at - 1 <= QUALIFIER; i++) {
    if (isClose(text.charCodeAt(i))) return i > at + 1 ? i + 1 : -1;
    if (!isPhraseChar(text.charCodeAt(i))) return -1;
  }
  return -1;
}

/** Whether the original text from `from` to `to` is all word characters and short bracketed qualifiers. */
function onePhrase(original: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const past = qualifierAfter(original, i);
    if (past > 0) { i = past - 1; continue; }
    if (!isPhraseChar(original.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Whether a verb of the rule ends at most `gap` characters before the term, in the same phrase: the
 * characters between, in the original text, are all word characters or a short bracketed qualifier (a
 * space there ends a phrase, though folding drops it). A fixed window: constant work per hit.
 */
function claimedHere(claim: NonNullable<Rule['claimedBy']>, text: string, origin: Uint32Array, original: string, start: number): boolean {
  let end = start;
  for (let gap = 0; end > 0 && gap <= claim.gap; gap++) {
    if (claim.words.some((w) => end >= w.length && text.startsWith(w, end - w.length))) {
      return end === start || onePhrase(original, (origin[end - 1] as number) + 1, origin[start] as number);
    }
    const open = qualifierBefore(text, end);
    if (open >= 0) { end = open; gap--; continue; }
    if (!isPhraseChar(text.charCodeAt(end - 1))) return false;
    end--;
  }
  return false;
}

/** Whether a word of the rule's `after` list begins at most `gap` characters after the term, in the same phrase. */
function claimedAfter(claim: NonNullable<Rule['claimedBy']>, text: string, origin: Uint32Array, original: string, end: number): boolean {
  if (!claim.after) return false;
  let at = end;
  for (let gap = 0; at < text.length && gap <= claim.gap; gap++) {
    if (claim.after.some((w) => text.startsWith(w, at))) {
      return at === end || onePhrase(original, (origin[end - 1] as number) + 1, origin[at] as number);
    }
    const past = qualifierAfter(text, at);
    if (past > 0) { at = past; gap--; continue; }
    if (!isPhraseChar(text.charCodeAt(at))) return false;
    at++;
  }
  return false;
}

function negated(negators: string[], text: string, start: number): boolean {
  return negators.some((n) => start >= n.length && text.startsWith(n, start - n.length));
}

function toFinding(compiled: Compiled, field: ListingField, origin: Uint32Array, text: string, hit: Hit, category: Category, today: string): Finding | null {
  const { rule } = hit;
  let severity = rule.severity[category];
  let basisId = rule.basisFor?.[category] ?? rule.basis;
  let note: string | undefined;
  if (rule.from && today < rule.from.date) {
    const before = rule.from.before;
    if (RANK[before.severity] < RANK[severity]) severity = before.severity;
    basisId = before.basis;
    note = before.note;
  }
  if (severity === 'none') return null;
  const basis = compiled.base.bases[basisId];
  if (basis === undefined) return null;
  const start = origin[hit.start] as number;
  const end = (origin[hit.end - 1] as number) + 1;
  const around = text.slice(Math.max(0, hit.start - HINT_WINDOW), hit.end + HINT_WINDOW);
  const exemptions: FindingExemption[] = [];
  for (const e of compiled.base.exemptions) {
    if (!rule.exemptions.includes(e.id)) continue;
    exemptions.push({ id: e.id, text: e.text, hinted: e.hints.some((h) => around.includes(h)) || (e.fieldLabels?.some((l) => field.label.includes(l)) ?? false) });
  }
  const finding: Finding = {
    field: field.field, label: field.label, start, end, text: field.text.slice(start, end),
    ruleId: rule.id, group: rule.group, severity, reason: rule.reason, basis, rewrite: rule.rewrite, exemptions,
  };
  if (hit.as !== undefined) note = `变形写法，按"${hit.as}"认定${note === undefined ? '' : `；${note}`}`;
  if (note !== undefined) finding.note = note;
  return finding;
}
