/**
 * A pure text function that remembers its answers: a records page repeats the
 * same statuses, points, categories and kinds on every row. Bounded, so a
 * content script that reads for hours does not grow without end.
 */
export function remembered<T>(compute: (text: string) => T, limit = 4000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined) return known;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
