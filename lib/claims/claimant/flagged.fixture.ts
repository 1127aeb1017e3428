import { expect, test } from 'vitest';
import { assessMessage } from './assess-message';

/** Flagged as the seller sees it: a badge is drawn at medium or high. */
export const flagged = (text: string): boolean => ['medium', 'high'].includes(assessMessage(text).level);

/** One test per message: each must be flagged (`true`) or each must be left alone (`false`). */
export function eachFlagged(texts: readonly string[], expected: boolean, title = '%s'): void {
  test.each([...texts])(title, (text) => {
    expect(flagged(text)).toBe(expected);
  });
}
