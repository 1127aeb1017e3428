/** When (which message, what time) a buyer first did something. */
export interface Step {
  index: number;
  at?: string;
}

/** What the same buyer did earlier in the conversation: constant size, whatever its length. */
export interface BuyerHistory {
  pretext?: Step;
  citation?: Step;
  threat?: Step;
  review?: Step;
  money?: Step;
  bait?: Step;
  baitKind?: 'replica' | 'question';
  /** The first of the buyer's messages judged medium or high. */
  flagged?: Step;
  sellerRefusal?: Step;
  /** The first message in which the buyer approved of what was tried ("尝了，感觉很不错"), saying nothing else. */
  approval?: Step;
  maxAmount: number;
}

export const emptyHistory = (): BuyerHistory => ({ maxAmount: 0 });

/** The facts of one judged message that later messages are judged against. */
export interface MessageFacts {
  pretext: boolean;
  citation: boolean;
  threat: boolean;
  review: boolean;
  money: boolean;
  bait?: 'replica' | 'question';
  flagged: boolean;
  maxAmount: number;
}
