/**
 * EVAL_HIDE_HELDOUT=1: the claimant and listing evals print tuning figures only, so that someone still tuning the
 * detector or the rule base sees no held-out figure at all (not even a count that moves). Default: both, side by side.
 */
export const hideHeldout = (): boolean => process.env.EVAL_HIDE_HELDOUT === '1';

export const HIDDEN_NOTE = 'EVAL_HIDE_HELDOUT=1: held-out figures are not computed or printed; run without it for both.';
