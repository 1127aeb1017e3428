/**
 * Work written as a generator that stops (`yield`) after each small unit (a
 * row, a text node) and returns its result at the end: run at once, or in
 * slices that give the page its main thread back in between.
 */
export type Steps<T> = Generator<void, T, void>;

export type SliceOptions = {
  /** Gives the thread back; the content script passes `scheduler.yield` or a macrotask. */
  pause?: () => Promise<void>;
  /** A slice ends once this much time has passed (well under the 50 ms of a long task). */
  sliceMs?: number;
  now?: () => number;
};

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>, { pause = yieldToPage, sliceMs = 8, now = () => performance.now() }: SliceOptions = {}): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
}

type Scheduler = { yield?: () => Promise<void> };

/** `scheduler.yield()` where the browser has it (the page's queued work runs first), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
