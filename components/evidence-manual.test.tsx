// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createTestHost } from './test-host.fixture';
import { translator } from '@/lib/shared/i18n';

const pending = vi.hoisted(() => ({ sent: [] as unknown[], release: () => {} }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (message: unknown) => {
        pending.sent.push(message);
        return new Promise((resolve) => {
          pending.release = () => resolve({ ok: true, data: { saved: true, seq: 1 } });
        });
      },
    },
  },
}));
const { EvidenceManual } = await import('./evidence-manual');

const testHost = createTestHost();
let host: HTMLElement;
afterEach(() => {
  testHost.unmount();
  pending.sent.length = 0;
});

const type = (selector: string, value: string) => {
  const input = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('手动保存', () => {
  it('keeps one message once when the seller clicks save twice before the first save returns', async () => {
    host = await testHost.mount(<EvidenceManual t={translator('zh_CN')} shop="小木屋家居旗舰店" />);
    await act(async () => type('[data-testid=manual-text]', '给我2000，不然去工商举报'));
    await act(async () => type('[data-testid=manual-buyer]', '维权小能手88'));
    const form = host.querySelector('form')!;
    const button = host.querySelector<HTMLButtonElement>('button[type=submit]')!;
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(pending.sent).toHaveLength(1);
    expect(button.disabled).toBe(true);
    await act(async () => {
      pending.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(button.disabled).toBe(false);
    expect(host.querySelector('[data-testid=manual-outcome]')?.textContent).toContain('1');
  });
});
