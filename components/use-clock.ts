import { useEffect, useState } from 'preact/hooks';

/**
 * The time now, moved on every `everyMs` and whenever the panel is shown again:
 * a panel left open across midnight or the yearly reset shows the new day and
 * cycle, and a report's follow-up date turns overdue without reopening it.
 */
export function useClock(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const onShown = () => {
      if (document.visibilityState === 'visible') tick();
    };
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', onShown);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onShown);
    };
  }, [everyMs]);
  return now;
}
