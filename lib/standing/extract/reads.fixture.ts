import { expect, test } from 'vitest';

/** Tests of a cell reader: the value each text reads as, and the texts that give none. */
export function reads<T>(read: (text: string) => T | null, values: ReadonlyArray<readonly [string, T]>, none: readonly string[]): void {
  test.each(values.map(([text, value]) => [text, value] as [string, T]))('%j → %s', (text, value) => {
    expect(read(text)).toBe(value);
  });
  test.each([...none])('%j gives none', (text) => {
    expect(read(text)).toBeNull();
  });
}
