/**
 * The rule base compiled at build time (encodePrecompiled's text), so the publish form's first
 * check builds no automaton: a long task of 70–170 ms on the form otherwise. The Vite plugin in
 * scripts/prebuilt-listing.mjs replaces this module in every build, and in the unit tests, with the
 * rule base of that same build; here, without it, there is none and the checker compiles on first
 * use. The checker also compares the fingerprint of the rule data, so a table can never be used
 * with other rules than its own.
 */
export const PREBUILT: string | null = null;
