import type { Node } from '@/lib/standing/rules';
import type { Category } from '@/lib/shared/schema';

export type { Node };

export type CategoryStanding = {
  /** This cycle's total, including `carried`. */
  points: number;
  carried: number;
  /** Points added by this cycle's records. */
  added: number;
  reached: Node | null;
  next: Node | null;
  toNext: number | null;
  /** Part of `points` still under appeal: it may yet be removed. */
  appealing: number;
};

export type CounterfeitStanding = CategoryStanding & {
  /** 三振出局: strikes so far, and how many seal the account (null when the profile has no strikes rule). */
  strikes: number;
  strikeLimit: number | null;
};

/** Points of some kinds counted together on their own ladder (Tmall 违背承诺 + 滥发信息 → 店铺监管). */
export type KindLadderStanding = {
  category: Category;
  kinds: string[];
  points: number;
  reached: Node | null;
  next: Node | null;
  toNext: number | null;
};

/** A node penalty as executed: it runs from `startedAt` until `endsAt` (null: permanent). */
export type Penalty = {
  category: Category;
  node: Node;
  startedAt: string;
  endsAt: string | null;
  /** Cut short by a heavier node of the same category. */
  replaced: boolean;
};

export type Standing = {
  year: number;
  resetAt: string;
  categories: { A: CategoryStanding; B: CategoryStanding; C: CounterfeitStanding };
  /** Of the nodes reached this cycle, the heaviest: the one the rules execute. */
  heaviest: { category: Category; threshold: number; node: Node } | null;
  /** Penalties running at `now`, including ones started before the reset. */
  penalties: Penalty[];
  /** Every penalty executed, oldest first — for the evidence timeline. */
  penaltyHistory: Penalty[];
  /** The category with points closest to its next node (ties: the heavier next node). */
  mostAtRisk: { category: Category; toNext: number; next: Node } | null;
  /** A permanent node (account sealed) has been reached. */
  sealed: boolean;
  /** Records left out of every total because the record schema rejects them: "record 2 (id x): category: …". */
  rejected: string[];
  /** One per kind ladder of the profile; shown, not executed as penalties. */
  kindLadders: KindLadderStanding[];
};
