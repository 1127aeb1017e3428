import { keyOfGram, scanGrams, type GramSink } from './features';

/** The weights file: written by scripts/train-claimant-model.mjs, never by hand. */
export interface ModelWeights {
  bias: number;
  /** Probability at or above which the model backs a slot signal (chosen by cross-validation on tuning data). */
  threshold: number;
  /** Gram → weight; a gram not listed weighs 0. */
  grams: Readonly<Record<string, number>>;
}

/** The weights as an open-addressing table of gram keys: a lookup per gram, nothing allocated per message. */
export interface ModelTable {
  bias: number;
  threshold: number;
  keys: Uint32Array;
  weights: Float32Array;
  mask: number;
  /** Per slot, the message that last counted it: each gram counts once per message, with no set built. */
  seen: Uint32Array;
}

export function buildTable(model: ModelWeights): ModelTable {
  const entries = Object.entries(model.grams);
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const keys = new Uint32Array(size);
  const weights = new Float32Array(size);
  const used = new Uint8Array(size);
  const mask = size - 1;
  for (const [gram, weight] of entries) {
    const key = keyOfGram(gram);
    let at = key & mask;
    while (used[at] === 1 && keys[at] !== key) at = (at + 1) & mask;
    used[at] = 1;
    keys[at] = key;
    weights[at] = (weights[at] as number) + weight;
  }
  // A key of 0 marks an empty slot only where the weight is 0 too: a gram hashing to 0 weighs what it should.
  return { bias: model.bias, threshold: model.threshold, keys, weights, mask, seen: new Uint32Array(size) };
}

/** Sums the weights of the distinct grams fed to it; kept from message to message. */
const summing = { table: undefined as ModelTable | undefined, sum: 0, stamp: 0 };
const sink: GramSink = {
  add(key: number) {
    const t = summing.table as ModelTable;
    let at = key & t.mask;
    for (;;) {
      const k = t.keys[at] as number;
      if (k === key) {
        if (t.seen[at] !== summing.stamp) { t.seen[at] = summing.stamp; summing.sum += t.weights[at] as number; }
        return;
      }
      if (k === 0 && t.weights[at] === 0) return;
      at = (at + 1) & t.mask;
    }
  },
};

/**
 * The model's probability that a message is a claimant's: logistic regression over which grams
 * occur (each once, "差评" typed fifty times is one), scaled by 1/√(length), so a long review does
 * not add up to a claim by its length.
 */
export function probability(table: ModelTable, text: string): number {
  summing.table = table;
  summing.sum = 0;
  // A new stamp per message; on wrapping round, the marks are cleared once.
  summing.stamp = (summing.stamp + 1) >>> 0;
  if (summing.stamp === 0) { table.seen.fill(0); summing.stamp = 1; }
  const positions = scanGrams(text, sink);
  const z = table.bias + summing.sum / Math.sqrt(Math.max(positions, 1));
  return 1 / (1 + Math.exp(-z));
}
