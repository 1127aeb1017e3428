export { computeStanding } from './standing';
export { simulate, type ExtraDeduction } from './simulate';
export { deductionFor, type Deduction, type DeductionChoice } from './deduction';
export type { Standing, CategoryStanding, CounterfeitStanding, KindLadderStanding, Node, Penalty } from './types';
export { shownCategories } from './shown';
export { isoInOffset } from './cycle';
