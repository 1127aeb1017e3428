import type { AmountFinding, ConceptHit, Finding, MessageReading } from './read-message';
import { BUYER_NAMED, OTHER_SIDE, OTHER_SIDE_ASKS } from './signal-table';

// The shop's side as the subject (not the object: "向商家索要", "要求商家赔偿", "找老板要钱"), then its asking verb,
// then the demand within a few characters, all in one sentence.
const TOLD = new RegExp(`(?:^|[^向对找跟给让逼求被和与把问])(?:${OTHER_SIDE.join('|')})[^，。！？；,.!?;]{0,16}?(?:${OTHER_SIDE_ASKS.join('|')})[^，。！？,.!?]{0,6}$`);
const LOOK_BACK = 28;

/** Whether the demand at `start` is the shop's side asking the writer, told in a review. */
function toldOfOtherSide(text: string, start: number): boolean {
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
  const findings = reading.findings.some(asksMoney) ? reading.findings.filter((f) => !asksMoney(f) || !toldOfOtherSide(text, f.start)) : reading.findings;
  const concepts = reading.concepts.some((c) => c.concept === 'money' || c.concept === 'compensation')
    ? reading.concepts.filter((c: ConceptHit) => (c.concept !== 'money' && c.concept !== 'compensation') || !toldOfOtherSide(text, c.start))
    : reading.concepts;
  const amounts = reading.amounts.length > 0 ? reading.amounts.filter((a: AmountFinding) => a.role === 'price' || !toldOfOtherSide(text, a.start)) : reading.amounts;
  if (findings.length === reading.findings.length && concepts.length === reading.concepts.length && amounts.length === reading.amounts.length) return reading;
  return { ...reading, findings, concepts, amounts };
}
