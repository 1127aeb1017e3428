import type { Steps } from './steps';

/**
 * One string that differs whenever the lists differ (JSON of `per` items at a
 * time, one step each): comparing a 10,000-record read with the last one sent
 * without a 50 ms `JSON.stringify` of the whole.
 */
export function* jsonSteps(lists: ReadonlyArray<readonly unknown[]>, per = 500): Steps<string> {
  const parts: string[] = [];
  for (const list of lists) {
    // JSON escapes control characters: \u0002 cannot occur inside a part.
    parts.push('\u0002');
    for (let i = 0; i < list.length; i += per) {
      parts.push(JSON.stringify(list.slice(i, i + per)));
      yield;
    }
  }
  return parts.join('');
}
