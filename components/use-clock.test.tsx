// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beijingDate, daysUntilReset } from '@/lib/standing/warnings';
import { createTestHost } from './test-host.fixture';
import { useClock } from './use-clock';

const host = createTestHost();
const RESET = '2026-12-31T23:59:59+08:00';

/** What a panel left open shows: today's date and the days left before the points reset. */
function Today() {
  const now = useClock();
  return <p>{`${beijingDate(now.toISOString())} ${daysUntilReset(now, RESET)}`}</p>;
}

describe('useClock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-12-30T23:59:30+08:00'));
  });
  afterEach(() => {
    host.unmount();
    vi.useRealTimers();
  });

  it('a panel left open past midnight moves to the new day within a minute', async () => {
    const root = await host.mount(<Today />);
    const before = root.textContent;
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(root.textContent).not.toBe(before);
    expect(root.textContent).toContain(beijingDate('2026-12-31T00:00:30+08:00'));
  });

  it('a panel shown again after hours hidden reads the time at once', async () => {
    const root = await host.mount(<Today />);
    vi.setSystemTime(new Date('2027-01-02T09:00:00+08:00'));
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(root.textContent).toContain(beijingDate('2027-01-02T09:00:00+08:00'));
  });
});
