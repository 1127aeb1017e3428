import type { AmountFinding, ConceptHit, Finding, MessageReading } from './read-message';
import { BUYER_NAMED, OTHER_SIDE, OTHER_SIDE_ASKS } from './signal-table';

// The shop's side as the subject (not the object: "向商家索要", "要求商家赔偿", "找老板要钱"), then its asking verb,
// then the demand within a few characters, all in one sentence.
const TOLD = new RegExp(`(?:^|[^向对找跟给让逼求被和与把问])(?:${OTHER_SIDE.join('|')})[^，。！？；,.!?;]{0,16}?(?:${OTHER_SIDE_ASKS.join('|')})[^，。！？,.!?]{0,6}$`);
const LOOK_BACK = 28;
// The first characters of the shop's side's names: a window holding none of them cannot match (most windows).
const SIDE_FIRST = new Uint8Array(0x10000);
for (const w of OTHER_SIDE) SIDE_FIRST[w.charCodeAt(0)] = 1;

function namesSide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SIDE_FIRST[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Whether the demand at `start` is the shop's side asking the writer, told in a review. */
function toldOfOtherSide(text: string, start: number): boolean {
  let named = false;
  for (let i = Math.max(0, start - LOOK_BACK); i < start && !named; i++) named = SIDE_FIRST[text.charCodeAt(i)] === 1;
  if (!named) return false;
  const m = TOLD.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  return m !== null && !BUYER_NAMED.test(m[0]);
}

const asksMoney = (f: Finding) => f.rule?.money !== undefined || f.group === 'demand';

/**
 * The reading without the demands that the shop's side made of the writer ("前台要求赔偿110元"): a review telling
 * of a hotel's or a restaurant's claim is no buyer's claim. The same reading when there is none (most messages).
 */
export function withoutOtherSide(reading: MessageReading): MessageReading {
  const { text } = reading;
  // A text that names no one of the shop's side (most) has no demand of theirs told: one look over it, not one per demand.
  if (!namesSide(text)) return reading;
  const toldFinding = (f: Finding) => asksMoney(f) && toldOfOtherSide(text, f.start);
  const toldConcept = (c: ConceptHit) => (c.concept === 'money' || c.concept === 'compensation') && toldOfOtherSide(text, c.start);
  const toldAmount = (a: AmountFinding) => a.role !== 'price' && toldOfOtherSide(text, a.start);
  // Looked for first, filtered only when found: a reading with none (most) costs no new lists.
  const findingsTold = reading.findings.some(toldFinding);
  const conceptsTold = reading.concepts.some(toldConcept);
  const amountsTold = reading.amounts.some(toldAmount);
  if (!findingsTold && !conceptsTold && !amountsTold) return reading;
  const findings = findingsTold ? reading.findings.filter((f) => !toldFinding(f)) : reading.findings;
  const concepts = conceptsTold ? reading.concepts.filter((c) => !toldConcept(c)) : reading.concepts;
  const amounts = amountsTold ? reading.amounts.filter((a) => !toldAmount(a)) : reading.amounts;
  return { ...reading, findings, concepts, amounts };
}
