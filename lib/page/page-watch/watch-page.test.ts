// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/page/page-watch';

/** Replaces the page with fresh elements (built, not parsed from a string). */
const page = (...tags: Array<[string, string?]>) =>
  document.body.replaceChildren(
    ...tags.map(([tag, id]) => {
      const el = document.createElement(tag);
      if (id) el.id = id;
      if (tag === 'table') el.append(document.createElement('tbody'));
      return el;
    }),
  );
const settle = () => new Promise((r) => setTimeout(r, 40));
let stop = () => {};
afterEach(() => stop());

describe('watchPage', () => {
  it('calls back once after a burst of row changes', async () => {
    page(['table']);
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10 });
    const tbody = document.querySelector('tbody')!;
    for (let i = 0; i < 5; i++) tbody.appendChild(document.createElement('tr'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a page that never stops changing (a 5 ms ticker) is still read, at the latest after the maximum wait', async () => {
    page(['span', 'clock'], ['table']);
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 50, maxWaitMs: 100 });
    const clock = document.getElementById('clock')!;
    const ticker = setInterval(() => (clock.textContent = String(Date.now())), 5);
    await new Promise((r) => setTimeout(r, 400));
    clearInterval(ticker);
    // Waiting for 50 quiet ms alone would never have called back while the ticker ran.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('does no work for attribute-only changes', async () => {
    page(['div', 'x']);
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10 });
    document.getElementById('x')!.className = 'hover';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores the extension’s own UI', async () => {
    page(['div', 'shield-host']);
    const host = document.getElementById('shield-host')!;
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10, ignore: (n) => n === host || host.contains(n) });
    host.appendChild(document.createElement('span'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
