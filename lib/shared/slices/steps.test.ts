import { describe, expect, it } from 'vitest';
import { jsonSteps, runAtOnce, runInSlices, type Steps } from '@/lib/shared/slices';

function* countTo(n: number, seen: number[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    sum += i;
    yield;
  }
  return sum;
}

describe('runInSlices', () => {
  it('gives the same result as running at once, pausing each time a slice has used its time', async () => {
    const atOnce: number[] = [];
    expect(runAtOnce(countTo(10, atOnce))).toBe(55);
    // A clock that moves 1 ms per reading: a 3 ms slice holds a few steps, then pauses.
    let clock = 0;
    const seen: number[] = [];
    const pausedAfter: number[] = [];
    const result = await runInSlices(countTo(10, seen), {
      sliceMs: 3,
      now: () => clock++,
      pause: async () => {
        pausedAfter.push(seen.length);
      },
    });
    expect(result).toBe(55);
    expect(seen).toEqual(atOnce);
    expect(pausedAfter.length).toBeGreaterThanOrEqual(3);
    // Never two pauses without a step between them.
    expect(new Set(pausedAfter).size).toBe(pausedAfter.length);
  });

  it('lets other work run between slices', async () => {
    const order: string[] = [];
    let clock = 0;
    const done = runInSlices(countTo(4, []), { sliceMs: 1, now: () => (clock += 1) }).then(() => order.push('read'));
    setTimeout(() => order.push('page'), 0);
    await done;
    expect(order).toEqual(['page', 'read']);
  });
});

describe('jsonSteps', () => {
  it('tells lists apart wherever an item moves, one step per chunk', () => {
    const sign = (lists: unknown[][]) => runAtOnce(jsonSteps(lists, 2));
    expect(sign([[1, 2, 3], []])).toBe(sign([[1, 2, 3], []]));
    expect(sign([[1, 2, 3], []])).not.toBe(sign([[1, 2], [3]]));
    expect(sign([['a'], ['b']])).not.toBe(sign([['a', 'b'], []]));
    let steps = 0;
    const walk = jsonSteps([[1, 2, 3, 4, 5]], 2);
    while (!walk.next().done) steps++;
    expect(steps).toBe(3);
  });
});
