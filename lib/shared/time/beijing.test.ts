import { describe, expect, it } from 'vitest';
import { beijingIso } from '@/lib/shared/time';

describe('beijingIso', () => {
  const second = Date.parse('2026-11-20T12:00:00+08:00');

  it('a whole second reads as before, in Beijing time', () => {
    expect(beijingIso(second)).toBe('2026-11-20T12:00:00+08:00');
  });

  // Two pages read within one second: the panel's "shop read last" is the later one (readAt sorts as text).
  it('instants within one second keep their order as text', () => {
    const times = [second, second + 300, second + 999, second + 1000].map(beijingIso);
    expect(times).toEqual(['2026-11-20T12:00:00+08:00', '2026-11-20T12:00:00.300+08:00', '2026-11-20T12:00:00.999+08:00', '2026-11-20T12:00:01+08:00']);
    expect([...times].reverse().sort()).toEqual(times);
  });
});
