// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TabShell, type PanelTab } from './tab-shell';

const tabs: PanelTab[] = [
  { id: 'standing', label: 'tabStanding', component: () => <p>standing body</p> },
  { id: 'what-if', label: 'tabWhatIf', component: () => <p>what-if body</p> },
  { id: 'records', label: 'tabRecords', component: () => <p>records body</p> },
];

let root: HTMLElement;
const mount = () => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TabShell tabs={tabs} />, root));
};
const selected = () => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
const press = (key: string) => act(() => void root.querySelector('[role="tablist"]')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('TabShell', () => {
  it('shows the first tab, labelled, and only its panel', () => {
    mount();
    expect(selected()).toBe('扣分');
    expect(root.querySelector('[role="tabpanel"]')?.textContent).toBe('standing body');
    expect(root.querySelectorAll('[role="tabpanel"]')).toHaveLength(1);
    expect(root.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('tab-standing');
  });

  it('moves with the arrow keys, wrapping, and with Home/End', () => {
    mount();
    press('ArrowRight');
    expect(selected()).toBe('模拟');
    expect(root.querySelector('[role="tabpanel"]')?.textContent).toBe('what-if body');
    press('End');
    expect(selected()).toBe('记录');
    press('ArrowRight');
    expect(selected()).toBe('扣分');
    press('ArrowLeft');
    expect(selected()).toBe('记录');
    press('Home');
    expect(selected()).toBe('扣分');
  });

  it('keeps only the selected tab in the Tab order', () => {
    mount();
    const order = [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('tabindex'));
    expect(order).toEqual(['0', '-1', '-1']);
  });
});
