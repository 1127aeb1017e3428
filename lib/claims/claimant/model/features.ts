import { normalise } from '@/lib/claims/claimant/normalise';

/**
 * The model's features: character 1-, 2- and 3-grams of the detector's own normalised text
 * (Traditional folded to Simplified, full-width to half-width, separators dropped), with every
 * digit read as 0 ("3000元" and "588元" are one shape) and every run of other non-word characters
 * read as one boundary. Each gram is a 32-bit key; the training script and the scorer share this
 * one scan, so the weights file always means what the scorer reads.
 */
export interface GramSink {
  add(key: number): void;
}

const BOUNDARY = 0x20;
const ZERO = 0x30;
/** Longest text the model reads: past it, a message is read in its first part only (linear, bounded time). */
export const MODEL_MAX_CHARS = 2_000;

/** The model's character for a normalised code unit: a digit is 0, a letter or ideograph itself, anything else a boundary. */
function modelChar(code: number): number {
  if (code >= 0x30 && code <= 0x39) return ZERO;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return code;
  return BOUNDARY;
}

/** A 32-bit key for a gram of n characters (a, b, c; unused ones 0). Collisions between grams are as rare as 32-bit hash collisions. */
export function gramKey(n: number, a: number, b: number, c: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xcc9e2d51);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h = Math.imul(h ^ b, 0xcc9e2d51);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h = Math.imul(h ^ c, 0xcc9e2d51);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The key of a gram written out ("赔偿"): what the weights file names, read as the scan reads it. */
export function keyOfGram(gram: string): number {
  const c = [...gram].map((ch) => modelChar(ch.charCodeAt(0)));
  return gramKey(c.length, c[0] ?? 0, c[1] ?? 0, c[2] ?? 0);
}

/**
 * Feeds every gram of the normalised text to the sink, in one pass; returns the number of
 * character positions read (the length the features are scaled by). A boundary alone is no gram.
 */
export function scanNormalised(text: string, sink: GramSink): number {
  const n = Math.min(text.length, MODEL_MAX_CHARS);
  let p2 = -1;
  let p1 = -1;
  let positions = 0;
  for (let i = 0; i < n; i++) {
    const c = modelChar(text.charCodeAt(i));
    if (c === BOUNDARY && p1 === BOUNDARY) continue; // a run of boundaries is one
    positions++;
    if (c !== BOUNDARY) sink.add(gramKey(1, c, 0, 0));
    if (p1 >= 0) sink.add(gramKey(2, p1, c, 0));
    if (p2 >= 0) sink.add(gramKey(3, p2, p1, c));
    p2 = p1;
    p1 = c;
  }
  return positions;
}

/** The grams of a message as the model reads it: normalised first, as the detector reads it. */
export function scanGrams(text: string, sink: GramSink): number {
  return scanNormalised(normalise(text.length > MODEL_MAX_CHARS ? text.slice(0, MODEL_MAX_CHARS) : text).text, sink);
}

/** The grams a text yields, written out, and the positions read (for the training script and for tests). */
export function gramsOf(text: string): { grams: string[]; positions: number } {
  const norm = normalise(text.length > MODEL_MAX_CHARS ? text.slice(0, MODEL_MAX_CHARS) : text).text;
  const chars: string[] = [];
  for (let i = 0; i < Math.min(norm.length, MODEL_MAX_CHARS); i++) {
    const c = String.fromCharCode(modelChar(norm.charCodeAt(i)));
    if (c === ' ' && chars.at(-1) === ' ') continue;
    chars.push(c);
  }
  const grams: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== ' ') grams.push(chars[i] as string);
    if (i >= 1) grams.push(chars.slice(i - 1, i + 1).join(''));
    if (i >= 2) grams.push(chars.slice(i - 2, i + 1).join(''));
  }
  return { grams, positions: chars.length };
}
