import type { BuyerHistory, Step } from './history';
import type { Finding } from './read-message';
import type { SignalGroup } from './signal-table';

/** What judge() found in the current message, grouped the way the cross-message rules need it. */
export interface MessageParts {
  own: readonly Finding[];
  threats: readonly Finding[];
  withdraw: readonly Finding[];
  reviews: readonly Finding[];
  citations: readonly Finding[];
  strongMoney: readonly Finding[];
  weakMoney: readonly Finding[];
  ordinaryRequest: boolean;
  /** The buyer cited law, threatened, asked for money or was flagged earlier. */
  pressureBefore: boolean;
  /** "我就投诉了": a complaint threatened, too weak alone to count as a threat. */
  complaints: readonly Finding[];
  /** A payment word or a sum, even one too loose to be a demand alone ("我只负责收钱"). */
  moneyWords: readonly Finding[];
  /** Pretexts and harms told ("食物里有蟑螂", "孩子吃了进医院"): the grounds, telling after a demand with a threat. */
  grounds: readonly Finding[];
  /** The shop pressed to admit blame ("你认不认？"). */
  admissions: readonly Finding[];
}

function spanOfFirst(evidence: readonly Finding[]): { start: number; end: number; clause: number } {
  const f = evidence[0];
  return f ? { start: f.start, end: f.end, clause: f.clause } : { start: 0, end: 0, clause: 0 };
}

/**
 * Signals that exist only across messages: each step judged against what the same
 * buyer did before, worded with the times of the earlier steps.
 */
export function escalationFindings(history: BuyerHistory, when: (step: Step) => string, parts: MessageParts): Finding[] {
  const { own, threats, withdraw, reviews, citations, strongMoney, weakMoney, ordinaryRequest, pressureBefore } = parts;
  const found: Finding[] = [];
  const money = [...strongMoney, ...weakMoney];
  const has = (g: SignalGroup) => own.some((f) => f.group === g);
  const inGroup = (g: SignalGroup) => own.filter((f) => f.group === g);

  const before: string[] = [];
  if (history.pretext) before.push(`以商品问题为由（${when(history.pretext)}）`);
  if (history.citation) before.push(`引用法条（${when(history.citation)}）`);
  if (history.threat) before.push(`以举报或起诉相威胁（${when(history.threat)}）`);
  if (history.review) before.push(`提到差评（${when(history.review)}）`);
  if (history.money) before.push(`要求赔偿或索要金钱（${when(history.money)}）`);
  if (history.approval) before.push(`称试过且满意（${when(history.approval)}）`);
  // "此前已引用法条（10:02）并要求赔偿（10:05）"
  const earlier = before.length === 0 ? '' : `此前已${before.length > 1 ? `${before.slice(0, -1).join('，')}并${before.at(-1)}` : before[0]}`;
  const escalate = (id: string, what: string, weight: number, evidence: readonly Finding[]) =>
    found.push({ id, group: 'escalation', label: `${earlier}，${what}`, weight, ...spanOfFirst(evidence) });
  const threatBefore = Boolean(history.citation || history.threat || history.review);
  const labels = history.approval ? own.filter((f) => f.id === 'pretext.label') : [];
  const pressureNowList = [...threats, ...citations, ...reviews, ...withdraw];
  if (money.length > 0 && threatBefore && !history.money) {
    escalate('escalation.money-after-pressure', '现要求赔偿或索要金钱', strongMoney.length > 0 || history.citation || history.threat ? 0.8 : 0.5, strongMoney.length > 0 ? strongMoney : weakMoney);
  } else if (history.money && pressureNowList.length > 0) {
    escalate('escalation.pressure-after-money', '现又施加压力', 0.8, pressureNowList);
  } else if ((history.money || history.flagged) && parts.complaints.length > 0 && !ordinaryRequest) {
    // After a demand, a bare "我就投诉了" or "向12315投诉" is the pressure behind it.
    escalate('escalation.complaint-after-money', '现又以投诉施压', 0.5, parts.complaints);
  } else if (history.money && money.length === 0 && parts.moneyWords.length > 0) {
    escalate('escalation.money-again', '现又提到钱', 0.5, parts.moneyWords);
  } else if (((history.money && threatBefore) || history.flagged) && !ordinaryRequest && parts.grounds.length > 0) {
    // After money asked with a threat, the harm told is the claim built up, not a first complaint.
    escalate('escalation.grounds-after-demand', '现又以商品问题或受到伤害为由', 0.5, parts.grounds);
  } else if (history.approval && !history.money && !threatBefore && labels.length > 0 && (ordinaryRequest || money.length > 0 || parts.moneyWords.length > 0)) {
    // Tried, praised, then a missing label found and the money asked back: the claimant's order, not a defect met.
    escalate('escalation.label-after-approval', '现以标签、资质问题为由要求退款或赔偿', 0.5, labels);
  } else if (history.pretext && !history.money && parts.admissions.length > 0 && parts.grounds.some((g) => g.id === 'concept.harm')) {
    // Grounds laid earlier, a harm told now, and the shop pressed to own it: the liability pinned before a sum is named.
    escalate('escalation.admission-after-grounds', '现称受到伤害并逼店家认账', 0.5, parts.admissions);
  } else if (strongMoney.length > 0 && (history.pretext || history.flagged) && !history.money) {
    escalate('escalation.money-after-pretext', '现索要金钱', 0.6, strongMoney);
  } else if ((pressureBefore || history.pretext) && money.length === 0 && (has('off-platform') || has('veiled'))) {
    const what = has('off-platform') ? '现要求转到平台外联系' : '现以隐含的话语施压';
    escalate('escalation.after-pressure', what, 0.5, [...inGroup('off-platform'), ...inGroup('veiled')]);
  } else if ((history.citation || history.threat) && (threats.length > 0 || citations.length > 0) && !ordinaryRequest) {
    escalate('escalation.pressure', threats.length > 0 ? '现以举报、起诉或曝光相威胁' : '现引用法条', 0.5, [...threats, ...citations]);
  } else if (history.pretext && own.some((f) => f.id === 'evidence.notarised')) {
    escalate('escalation.evidence', '现声称已公证或保全证据', 0.5, own.filter((f) => f.id === 'evidence.notarised'));
  } else if (pressureBefore && !ordinaryRequest && own.some((f) => f.weight >= 0.15)) {
    escalate('escalation.continued', '继续施压', 0.45, own.filter((f) => f.weight >= 0.15));
  }
  if (history.bait) found.push(...baitThenClaim({ ...history, bait: history.bait }, when, own, money.length > 0));
  return found;
}

/** Bait then claim: asked for replicas (or whether it is genuine), now calls it fake. */
function baitThenClaim(history: BuyerHistory & { bait: Step }, when: (step: Step) => string, own: readonly Finding[], asksMoney: boolean): Finding[] {
  const found: Finding[] = [];
  // A replica word counts as the claim only together with a demand ("这就是A货，假一赔十").
  const claim = own.filter((f) => f.id === 'pretext.counterfeit' || (f.id === 'bait.replica' && asksMoney));
  if (claim.length > 0) {
    const replica = history.baitKind === 'replica';
    const weight = asksMoney ? (replica ? 0.8 : 0.7) : replica ? 0.5 : 0;
    if (weight > 0) {
      found.push({
        id: 'bait.then-claim', group: 'bait', label: `此前询问${replica ? '仿品' : '是否正品'}（${when(history.bait)}），现以假货为由${asksMoney ? '索赔' : '投诉'}`,
        weight, ...spanOfFirst(claim),
      });
    }
  }
  return found;
}
