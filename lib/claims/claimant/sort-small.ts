/**
 * Sorts xs[0, length) in place, stably (as Array.prototype.sort does). A message yields a handful of
 * hits and findings: below a few dozen, an insertion sort spares the comparator calls of the built-in sort.
 */
export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number, length = xs.length): T[] {
  if (length > 16) {
    if (length === xs.length) return xs.sort(compare);
    const sorted = xs.slice(0, length).sort(compare);
    for (let i = 0; i < length; i++) xs[i] = sorted[i] as T;
    return xs;
  }
  for (let i = 1; i < length; i++) {
    const x = xs[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(xs[j] as T, x) > 0; j--) xs[j + 1] = xs[j] as T;
    xs[j + 1] = x;
  }
  return xs;
}
