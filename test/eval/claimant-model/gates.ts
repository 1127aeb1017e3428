import type { Assessment, Signal } from '@/lib/claims/claimant/schema';
import { asksMoney, modelMayRaise, threatens } from '@/lib/claims/claimant/model';

// Candidate gates of the fifth trial (README.md): wider integration rules than the shipped one (lib/…/model/gate.ts,
// 'money-threat'), each compared by cross-validation on tuning material (`node scripts/train-claimant-model.mjs
// --cv-only --gate=name`) and on the unit suite with a model sure of every message (`CLAIMANT_MODEL=sure
// CLAIMANT_GATE=name npx vitest run`). Each still asks only about a message the slots left below medium.

const below = (a: Assessment) => a.level !== 'medium' && a.level !== 'high';
/** The grounds a claimant names: a missing label or licence, a counterfeit, forbidden advertising words. */
const grounds = (s: Signal) => s.weight > 0 && s.group === 'pretext';
/** Other claim-shaped slots: grounds, evidence kept, bulk buying, a way off the platform, a deadline. */
const claimShaped = (s: Signal) => grounds(s) || (s.weight > 0 && (['evidence', 'bulk', 'off-platform'].includes(s.group) || s.id === 'settlement.deadline'));

/** A sum the slots read as demanded (not a price or a refund told). */
const sumDemanded = (s: Signal) => s.weight > 0 && s.id === 'amount.demanded';
const notarised = (s: Signal) => s.weight > 0 && s.id === 'evidence.notarised';
const offPlatform = (s: Signal) => s.weight > 0 && s.group === 'off-platform';

export const GATES = {
  /** The shipped gate: money asked for and a threat. */
  'money-threat': modelMayRaise,
  /** A threat with money asked for or with grounds ("说产品是假货，不退钱就举报"). */
  'threat-money-or-grounds': (a: Assessment) => below(a) && a.signals.some(threatens) && a.signals.some((s) => asksMoney(s) || grounds(s)),
  /** Any two of money, threat and grounds. */
  'two-of-money-threat-grounds': (a: Assessment) => below(a)
    && [a.signals.some(asksMoney), a.signals.some(threatens), a.signals.some(grounds)].filter(Boolean).length >= 2,
  /** A threat with money or any other claim-shaped slot. */
  'threat-money-or-claim-shaped': (a: Assessment) => below(a) && a.signals.some(threatens) && a.signals.some((s) => asksMoney(s) || claimShaped(s)),
  /** The shipped gate, or a sum demanded with no threat ("要求赔偿1000元", "红包200，我就不发了"). */
  'money-threat-or-sum': (a: Assessment) => modelMayRaise(a) || (below(a) && a.signals.some(sumDemanded)),
  /** That, or evidence said to be notarised or preserved ("三双都是假的，我已经公证了"). */
  'money-threat-or-sum-or-notarised': (a: Assessment) => modelMayRaise(a) || (below(a) && a.signals.some((s) => sumDemanded(s) || notarised(s))),
  /** The shipped gate, or evidence said to be notarised or preserved, with nothing else needed. */
  'money-threat-or-notarised': (a: Assessment) => modelMayRaise(a) || (below(a) && a.signals.some(notarised)),
  /** That, or a way off the platform asked for ("加我薇…咱们私下说", "电话里我给你报个数"). */
  'money-threat-or-notarised-or-off-platform': (a: Assessment) => modelMayRaise(a) || (below(a) && a.signals.some((s) => notarised(s) || offPlatform(s))),
  /**
   * The shipped gate, or a sum of 500 yuan or more demanded with a paying word and no threat ("要求超市赔偿1000元").
   * Narrowed after the unit suite (a sure model): a sum alone ("…500块，否则谁买", "交两百多的税，不然就完美了") and
   * a small sum told of the shop ("退房时说毛巾脏了要赔100，不赔就不让走") are written genuine look-alikes.
   */
  'money-threat-or-sum-demanded': (a: Assessment) => modelMayRaise(a)
    || (below(a) && a.amounts.some((x) => x >= 500) && a.signals.some((s) => asksMoney(s) && s.group !== 'amount')),
} as const satisfies Record<string, (a: Assessment) => boolean>;
export type GateName = keyof typeof GATES;
export const isGateName = (name: string | undefined): name is GateName => name !== undefined && name in GATES;
