// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isBadgeNode, renderBadge, renderNote, shadowOf, type BadgeText } from '@/lib/page/claim-badge';
import { trusted, trustedClick, trustedKey } from './trusted-event.fixture';

const text = new Proxy({}, { get: (_, key) => `[${String(key)}]` }) as BadgeText;
const model = {
  level: 'high' as const,
  signals: [
    { label: '以举报相威胁索要金钱', evidence: '<script>alert(1)</script>2000' },
    { label: '引用法条（10:05）', evidence: '第五十五条' },
    { label: '要求赔偿', evidence: '赔偿' },
  ],
  chain: [{ time: '10:05', what: ['引用法条', '提到投诉'] }],
  extortion: true,
  messageText: '<img src=x onerror=alert(1)>'.repeat(10),
};
const actions = () => ({ saveEvidence: vi.fn(async () => true), report: vi.fn(async () => true), dismiss: vi.fn(async () => false), trust: vi.fn(async () => true) });

function mount(host: HTMLElement) {
  document.body.replaceChildren(host);
  const root = shadowOf(host)!;
  const chip = root.querySelector('.chip') as HTMLButtonElement;
  const details = root.querySelector('.details') as HTMLElement;
  const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
  return { root, chip, details, button };
}

describe('renderBadge', () => {
  it('puts buyer words and evidence in as text only, the quote shortened', () => {
    const { root } = mount(renderBadge(document, model, text, actions()));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe('<script>alert(1)</script>2000');
    expect(root.querySelector('.quote')!.textContent!.length).toBeLessThan(model.messageText.length);
    expect(root.querySelector('p.extortion')!.textContent).toBe('[extortion]');
  });

  it('the header holds the level and the two strongest reasons; the actions come right after it, the details fold below', () => {
    const { root, details } = mount(renderBadge(document, model, text, actions()));
    const parts = [...details.children].map((child) => child.className);
    expect(parts).toEqual(['head', 'actions', 'more']);
    expect([...root.querySelectorAll('.head li')].map((li) => li.textContent)).toEqual(['[extortionShort]', '以举报相威胁索要金钱', '引用法条']);
    expect([...root.querySelectorAll('.actions button')].map((b) => b.textContent)).toEqual(['[saveEvidence]', '[report]', '[dismiss]', '[trust]']);
    const fold = root.querySelector('details.more') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(fold.querySelectorAll('.reasons li')).toHaveLength(3);
    expect(fold.querySelector('.chain')!.textContent).toBe('10:05 引用法条；提到投诉');
  });

  it('hover alone does not open it; a click opens it, a second click or a click outside closes it', () => {
    const host = renderBadge(document, model, text, actions());
    const { chip, details } = mount(host);
    host.dispatchEvent(new Event('mouseenter'));
    host.dispatchEvent(new Event('mouseover', { bubbles: true }));
    expect(details.hidden).toBe(true);
    trustedClick(chip);
    expect(details.hidden).toBe(false);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    trustedClick(chip);
    expect(details.hidden).toBe(true);
    trustedClick(chip);
    document.body.append(document.createElement('p'));
    trusted(details, new Event('pointerdown', { bubbles: true, composed: true }));
    expect(details.hidden).toBe(false);
    trusted(document.body.lastElementChild!, new Event('pointerdown', { bubbles: true, composed: true }));
    expect(details.hidden).toBe(true);
  });

  it('from the keyboard: focus opens it, Enter keeps it open, Escape closes and gives focus back to the chip, Tab onwards closes', () => {
    const host = renderBadge(document, model, text, actions());
    const { root, chip, details, button } = mount(host);
    expect(root.getElementById(chip.getAttribute('aria-controls')!)).toBe(details);
    chip.focus();
    trusted(chip, new FocusEvent('focus'));
    expect(details.hidden).toBe(false);
    trustedClick(chip);
    expect(details.hidden).toBe(false);
    button('[report]').focus();
    trustedKey(host, 'Escape');
    expect(details.hidden).toBe(true);
    expect(root.activeElement).toBe(chip);
    trustedClick(chip);
    expect(details.hidden).toBe(false);
    host.dispatchEvent(new FocusEvent('focusout', { relatedTarget: document.body }));
    expect(details.hidden).toBe(true);
  });

  it('a focus the mouse brought waits for the click', () => {
    const host = renderBadge(document, model, text, actions());
    const { chip, details } = mount(host);
    trusted(chip, new Event('pointerdown', { bubbles: true, composed: true }));
    trusted(chip, new FocusEvent('focus'));
    expect(details.hidden).toBe(true);
    trustedClick(chip);
    expect(details.hidden).toBe(false);
  });

  it('each button runs its action and says whether it worked', async () => {
    const acts = actions();
    const { root, button } = mount(renderBadge(document, model, text, acts));
    trustedClick(button('[saveEvidence]'));
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toBe('[sent]'));
    trustedClick(button('[dismiss]'));
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toBe('[failed]'));
    expect(acts.saveEvidence).toHaveBeenCalledTimes(1);
    expect(acts.dismiss).toHaveBeenCalledTimes(1);
    expect(acts.report).not.toHaveBeenCalled();
  });

  it('a click or key from the page\'s own script does nothing, and the page cannot see inside', () => {
    const acts = actions();
    const host = renderBadge(document, model, text, acts);
    const { chip, details, button } = mount(host);
    expect(host.shadowRoot).toBeNull();
    chip.click();
    chip.dispatchEvent(new FocusEvent('focus'));
    expect(details.hidden).toBe(true);
    for (const label of ['[saveEvidence]', '[report]', '[dismiss]', '[trust]']) button(label).click();
    expect(Object.values(acts).every((action) => action.mock.calls.length === 0)).toBe(true);
    const onUndo = vi.fn();
    const note = renderNote(document, '[dismissed]', '[undo]', onUndo);
    document.body.append(note);
    shadowOf(note)!.querySelector('button')!.click();
    expect(onUndo).not.toHaveBeenCalled();
  });

  it('the note after a dismissal offers undo; the reader knows both as the extension\'s own nodes', () => {
    const onUndo = vi.fn();
    const note = renderNote(document, '[dismissed]', '[undo]', onUndo);
    const { button } = mount(note);
    trustedClick(button('[undo]'));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(isBadgeNode(note)).toBe(true);
    expect(isBadgeNode(document.body)).toBe(false);
  });
});
