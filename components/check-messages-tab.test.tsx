// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { createTestHost } from './test-host.fixture';

// The tab asks the background for text chosen with "检查所选文字"; here nothing is waiting.
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async () => ({ ok: true, data: null }), onMessage: { addListener() {}, removeListener() {} } } },
}));
const { CheckMessagesTab } = await import('./check-messages-tab');
const { evidenceSegments } = await import('./evidence-highlight');

const testHost = createTestHost();
let host: HTMLElement;
afterEach(testHost.unmount);

async function paste(text: string) {
  host = await testHost.mount(<CheckMessagesTab />);
  const input = host.querySelector('textarea')!;
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return host;
}

const conversation = [
  'tb_wang_77 2026-11-20 10:02:11',
  '你们这个枕头没有中文标签，是三无产品吧',
  '小木屋家居旗舰店:运营01 2026-11-20 10:03:30',
  '亲，标签在包装内侧，不能给您赔偿',
  'tb_wang_77 2026-11-20 10:05:47',
  '按照消费者权益保护法第五十五条，应该退一赔三',
  'tb_wang_77 2026-11-20 10:09:02',
  '你看着办吧',
].join('\n');

describe('检查消息', () => {
  it('a copied conversation is split by speaker and time and shows the chain with times', async () => {
    const view = await paste(conversation);
    const rows = [...view.querySelectorAll('.check-row')];
    expect(rows.map((r) => r.className.replace('check-row from-', ''))).toEqual(['buyer', 'seller', 'buyer', 'buyer']);
    const chain = view.querySelector('[data-testid=check-chain]')!.textContent!;
    expect(chain).toContain('10:05');
    expect(chain).toContain('10:09');
    expect(rows[3]!.getAttribute('data-level')).toMatch(/medium|high/);
  });

  it('the seller\'s words are never marked, even when they quote the law', async () => {
    const view = await paste(conversation.replace('亲，标签在包装内侧，不能给您赔偿', '按消费者权益保护法第五十五条我们不退一赔三'));
    expect(view.querySelectorAll('.from-seller mark').length).toBe(0);
    expect(view.querySelectorAll('.from-buyer mark').length).toBeGreaterThan(0);
  });

  it('a single message without headers is judged on its own, its evidence highlighted as text', async () => {
    const view = await paste('<b>赔我3000</b>，不然去12315举报你们');
    expect(view.querySelector('.check-level')!.getAttribute('data-level')).toMatch(/medium|high/);
    expect(view.querySelector('.check-text b')).toBeNull();
    expect(view.querySelector('.check-text')!.textContent).toBe('<b>赔我3000</b>，不然去12315举报你们');
    expect(view.querySelectorAll('.check-text mark').length).toBeGreaterThan(0);
  });

  it('a genuine question stays unflagged', async () => {
    const view = await paste('请问这个有没有中文标签？');
    expect(view.querySelector('.check-level')!.getAttribute('data-level')).toBe('none');
    expect(view.querySelectorAll('mark').length).toBe(0);
  });
});

describe('evidenceSegments', () => {
  it('merges overlapping evidence and keeps every character once, in order', () => {
    const text = '按照消法第五十五条退一赔三';
    const segments = evidenceSegments(text, [
      { start: 2, end: 9, label: '引用法条' },
      { start: 7, end: 13, label: '要求按价款倍数赔偿' },
      { start: 20, end: 25, label: '越界' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.labels.length > 0)).toEqual([{ text: text.slice(2), labels: ['引用法条', '要求按价款倍数赔偿'] }]);
  });
});

describe('检查消息 while typing', () => {
  it('waits for a pause before checking again, so a long text is not re-read on every key', async () => {
    vi.useFakeTimers();
    try {
      host = await testHost.mount(<CheckMessagesTab />);
      const input = host.querySelector('textarea')!;
      const type = async (text: string) => act(async () => {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.at(-1) }));
      });
      await type('赔我3000，不然12315举报');
      expect(host.querySelector('[data-testid=check-result]')).toBeNull();
      await act(async () => { vi.advanceTimersByTime(300); });
      expect(host.querySelector('[data-testid=check-result] .check-level')?.getAttribute('data-level')).toMatch(/medium|high/);
    } finally {
      vi.useRealTimers();
    }
  });
});
