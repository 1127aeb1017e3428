export type Debounced = { (): void; cancel(): void };

/**
 * Calls `run` once things have been quiet for `wait` ms, and at the latest
 * `maxWait` ms after the first call of a burst: a page that changes every few
 * milliseconds (a ticker, a clock) still gets read.
 */
export function debounce(run: () => void, wait: number, maxWait: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | null = null;
  const fire = () => {
    timer = undefined;
    burstStart = null;
    run();
  };
  const debounced = () => {
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(wait, burstStart + maxWait - now)));
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    burstStart = null;
  };
  return debounced;
}
