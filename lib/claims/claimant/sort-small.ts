/**
 * Sorts in place, stably (as Array.prototype.sort does). A message yields a handful of hits and
 * findings: below a few dozen, an insertion sort spares the comparator calls of the built-in sort.
 */
export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(xs[j] as T, x) > 0; j--) xs[j + 1] = xs[j] as T;
    xs[j + 1] = x;
  }
  return xs;
}
