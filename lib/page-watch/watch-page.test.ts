// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/page-watch';

const settle = () => new Promise((r) => setTimeout(r, 40));
let stop = () => {};
afterEach(() => stop());

describe('watchPage', () => {
  it('calls back once after a burst of row changes', async () => {
    document.body.innerHTML = '<table><tbody></tbody></table>';
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10 });
    const tbody = document.querySelector('tbody')!;
    for (let i = 0; i < 5; i++) tbody.appendChild(document.createElement('tr'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does no work for attribute-only changes', async () => {
    document.body.innerHTML = '<div id="x"></div>';
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10 });
    document.getElementById('x')!.className = 'hover';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores the extension’s own UI', async () => {
    document.body.innerHTML = '<div id="shield-host"></div>';
    const host = document.getElementById('shield-host')!;
    const onChange = vi.fn();
    stop = watchPage(document.body, onChange, { debounceMs: 10, ignore: (n) => n === host || host.contains(n) });
    host.appendChild(document.createElement('span'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
