/**
 * What a claimant does across turns (issue 13), as data: each buyer turn fills slots, a conversation remembers which
 * slots were filled and when, and a rule reads a turn against what came before. A claim spread over several lines
 * ("有异物" … "赔我两千"; "给钱" … "不然曝光"; "12315" … "小红书") is caught however each line is worded, as long as
 * its lines fill the slots; one line alone is judged by the message rules (./concept-table.ts).
 */
export const TURN_SLOTS = [
  // A sum asked for or named with no telling words (not a price, not a sum others were paid).
  'sum',
  // Money asked for by a payment word (转账, 打钱, 红包, 一赔十), or its taking told (索要, 勒索).
  'money',
  // Compensation asked for by name (赔偿, 补偿, 封口费, 私了): a claim, not yet a sum.
  'compensation',
  // An ultimatum (不然, 否则, 要么, 除非, 等着瞧), in a line that is not a plain refund or exchange request.
  'ultimatum',
  // A complaint, a report or a review offered back in return (撤诉, 删差评).
  'exchange',
  // A threat named or veiled (威胁, 扬言, 走着瞧, 后果自负), or the writer's trade declared ("我是职业打假的").
  'threat',
  // The grounds of a claim: a pretext (三无, 标签, 极限词, 侵权), a law cited, or a report's "以…为由"…
  'grounds',
  // …or a harm told (异物, 住院), which a genuine buyer meets too: a harmed buyer who reports it asks for nothing more.
  'harm',
  // Evidence said to be kept (录屏, 公证, 拍照取证): a claim being built.
  'evidence',
  // Money asked back ("把钱退还给我"): a refund's words, telling only after a claim.
  'repay',
  'report-done',
  'others-paid',
  'off-platform',
  'group',
  // The shop pressed to admit blame ("你认不认").
  'admit',
  // Leverage, by kind: a complaint alone is what angry genuine buyers say too, so it is the weak kind.
  'complaint', 'regulator', 'review', 'exposure', 'legal', 'penalty', 'police',
] as const;
export type TurnSlot = (typeof TURN_SLOTS)[number];

/** The kinds of leverage that count towards "several kinds, added up over the turns" (a bare complaint does not). */
export const STRONG_LEVERAGE: readonly TurnSlot[] = ['regulator', 'review', 'exposure', 'legal', 'penalty', 'police'];
const ANY_LEVERAGE: readonly TurnSlot[] = ['complaint', ...STRONG_LEVERAGE];
const MONEY_ASKED: readonly TurnSlot[] = ['sum', 'money'];
const CLAIMED: readonly TurnSlot[] = ['sum', 'money', 'compensation'];
const GROUNDS: readonly TurnSlot[] = ['grounds', 'harm'];

export interface TurnRule {
  id: string;
  /** What this turn does, told after what came before ("此前以商品问题为由（10:02），现索要金钱"). */
  label: string;
  weight: number;
  /** Some slot filled in this turn. */
  now: readonly TurnSlot[];
  /** And some slot of these filled in this turn too (none: no such condition). */
  nowAlso?: readonly TurnSlot[];
  /** Some slot filled in an earlier turn of the same buyer (none: no such condition). */
  before?: readonly TurnSlot[];
  /** Some slot filled in this turn or an earlier one (none: no such condition). */
  anyTurn?: readonly TurnSlot[];
  /** At least this many strong kinds of leverage over the conversation, this turn adding one not named before. */
  newKinds?: number;
  /** An earlier line of the buyer's was flagged (medium or high). */
  flaggedBefore?: boolean;
  /** The seller refused after the buyer's first claim. */
  refusedBefore?: boolean;
}

/**
 * Ordered strongest first; a turn takes the first rule it meets, and only when it weighs more than the line's own
 * judgement. Weights follow the level thresholds (high ≥ 0.7, medium ≥ 0.45).
 */
export const TURN_RULES: readonly TurnRule[] = [
  // The price of an ultimatum told in another line: "不处理就曝光" … "两千".
  { id: 'turns.sum-after-ultimatum', label: '此前以条件相逼或提出撤销作交换，现索要金钱', weight: 0.8, before: ['ultimatum', 'exchange'], anyTurn: ANY_LEVERAGE, now: MONEY_ASKED },
  { id: 'turns.ultimatum-after-sum', label: '此前索要金钱，现以条件相逼或提出撤销作交换', weight: 0.8, before: MONEY_ASKED, anyTurn: ANY_LEVERAGE, now: ['ultimatum', 'exchange'] },
  { id: 'turns.money-after-report', label: '此前称已举报或投诉，现索要金钱', weight: 0.75, before: ['report-done'], now: MONEY_ASKED },
  // "12315" in one line, "小红书" in the next, money somewhere: levers added up over the turns.
  { id: 'turns.leverage-added-money', label: '分几次以多种方式施压，并索要金钱或赔偿', weight: 0.7, newKinds: 2, anyTurn: CLAIMED, now: STRONG_LEVERAGE },
  { id: 'turns.report-after-claim', label: '此前索要金钱或赔偿，现称已举报或投诉', weight: 0.6, before: CLAIMED, now: ['report-done'] },
  { id: 'turns.leverage-after-money', label: '此前索要金钱，现又施加压力', weight: 0.6, before: MONEY_ASKED, now: [...STRONG_LEVERAGE, 'threat'] },
  // Money asked, the seller said no, and the buyer asks again or presses ("那三百也行", "那就等着曝光"). A refusal of
  // anything else (a return, a faster delivery) met by a complaint is customer service's daily work (JDDC, ECD).
  { id: 'turns.insisted-after-refusal', label: '卖家拒绝付钱后，仍索要金钱或继续施压', weight: 0.6, refusedBefore: true, before: MONEY_ASKED, now: [...MONEY_ASKED, ...STRONG_LEVERAGE, 'ultimatum', 'threat'] },
  { id: 'turns.money-after-grounds', label: '此前以商品问题或伤害为由，现索要金钱', weight: 0.6, before: GROUNDS, now: MONEY_ASKED },
  { id: 'turns.compensation-after-grounds-leverage', label: '此前以商品问题为由并施压，现要求赔偿', weight: 0.5, before: GROUNDS, anyTurn: STRONG_LEVERAGE, now: ['compensation'] },
  // Grounds laid, then a threat told with its lever ("扬言要曝光", "你等着，工商见"): the claim pressed before a sum is
  // named. A bare "你看着办" after a refund refused is a heated buyer's, whatever lever came before it.
  { id: 'turns.threat-after-grounds', label: '此前以商品问题或伤害为由，现扬言或威胁施压', weight: 0.5, before: GROUNDS, now: ['threat'], nowAlso: STRONG_LEVERAGE },
  // Grounds laid, then an office said to have been told (PRETEXT + REPORT-DONE, issue 13), spread over two lines.
  { id: 'turns.reported-after-grounds', label: '此前以商品问题为由，现称已向有关部门举报或投诉', weight: 0.5, before: ['grounds'], anyTurn: STRONG_LEVERAGE, now: ['report-done'] },
  { id: 'turns.leverage-added', label: '分几次以多种方式施压，并以条件相逼或扬言', weight: 0.5, newKinds: 2, anyTurn: ['ultimatum', 'threat', 'exchange'], now: STRONG_LEVERAGE },
  // "别的店都包邮" compares shops too: only with money named or a condition set is it a claim's yardstick.
  { id: 'turns.others-paid', label: '提出索赔后，拿其他店铺的赔付作比较', weight: 0.5, before: [...CLAIMED, ...GROUNDS, ...STRONG_LEVERAGE], anyTurn: [...CLAIMED, 'ultimatum', 'threat'], now: ['others-paid'] },
  // A phone number left for a call back after a compensation asked, a dispute filed or a review talked of is customer
  // service's daily work (JDDC): only money asked or pressure on a condition makes the move off the platform telling.
  { id: 'turns.evidence-after-demand', label: '索要金钱或施压后，称已保全证据', weight: 0.5, before: ['sum', 'money', 'ultimatum', 'threat'], now: ['evidence'] },
  { id: 'turns.off-platform', label: '索要金钱或施压后，要求到平台外联系', weight: 0.5, before: ['sum', 'money', 'ultimatum', 'threat'], now: ['off-platform'] },
  // After a flagged line, any line that carries the claim on is part of it.
  {
    id: 'turns.continued', label: '此前已提出索赔或施压，现继续', weight: 0.5, flaggedBefore: true,
    now: [...CLAIMED, 'ultimatum', 'exchange', 'threat', ...GROUNDS, 'evidence', 'repay', 'report-done', 'others-paid', 'off-platform', 'group', 'admit', ...ANY_LEVERAGE],
  },
];
