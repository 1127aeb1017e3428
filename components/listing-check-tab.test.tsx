// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { checkListing, type ListingField } from '@/lib/listing/check';
import { dismissFinding, openDatabase, saveListingCheck, type ListingCheckRow } from '@/lib/store/db';

const told = vi.hoisted(() => [] as unknown[]);
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async (message: unknown) => (told.push(message), { ok: true }) } },
}));
const { ListingCheckTab } = await import('./listing-check-tab');

const db = openDatabase();
let host: HTMLElement;
const AT = new Date('2026-11-20T04:00:00Z');

function row(fields: ListingField[], itemKey = 'item:763450561430'): ListingCheckRow {
  const check = checkListing(fields, 'food', AT);
  return {
    itemKey, page: `https://item.upload.taobao.com/sell/v2/publish.htm?itemId=${itemKey.slice(5)}`, source: 'taobao-form', title: fields[0]?.text ?? '',
    category: 'food', categoryPath: '茶 > 代用/花草茶 > 苦荞茶', checked: check.checked, findings: check.findings, checklist: check.checklist, unread: [],
    checkedAt: '2026-11-20T12:00:00+08:00',
  };
}

beforeEach(async () => {
  told.length = 0;
  await Promise.all([db.listingChecks.clear(), db.listingDismissals.clear()]);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const all = (id: string) => [...host.querySelectorAll(`[data-testid=${id}]`)];
const show = () => act(async () => render(<ListingCheckTab />, host));

describe('商品自检 tab', () => {
  it('says which rules the check used: the category read, or the word that decided it when the page names none', async () => {
    await saveListingCheck(db, row([{ field: 'title', label: '宝贝标题', text: '苦荞茶' }]));
    const drug = checkListing([{ field: 'title', label: '宝贝标题', text: '国药准字 止咳平喘 颗粒' }], 'general', AT);
    await saveListingCheck(db, {
      ...row([{ field: 'title', label: '宝贝标题', text: '国药准字 止咳平喘 颗粒' }], 'item:2'), source: 'detail', categoryPath: '',
      category: drug.inferred!.category, inferredFrom: drug.inferred!.marker, findings: drug.findings, checklist: drug.checklist, checkedAt: '2026-11-21T12:00:00+08:00',
    });
    await show();
    await vi.waitFor(() => expect(all('listing-category')).toHaveLength(1));
    expect(all('listing-category')[0]!.textContent).toContain('按"药品、医疗器械"的规则检查：页面未写类目，但写有"国药准字"');
    expect(all('listing-category')[0]!.textContent).not.toContain('普通商品');
  });

  it('before any listing was checked, says where the check runs', async () => {
    await show();
    await vi.waitFor(() => expect(all('listing-none')).toHaveLength(1));
    expect(all('listing-none')[0]!.textContent).toContain('卖家盾：自检这个商品');
  });

  it('lists every finding with its field, words, reason, article and penalty, exemptions, a safer wording and the machine-hint note', async () => {
    await saveListingCheck(db, row([
      { field: 'title', label: '宝贝标题', text: '全网最好 苦荞茶 降血糖' },
      { field: 'catProp:p-20000', label: '品牌', text: '荞乡人' },
    ]));
    await show();
    await vi.waitFor(() => expect(all('listing-finding')).toHaveLength(2));
    const [best, sugar] = all('listing-finding');
    expect(best!.querySelector('mark')!.textContent).toBe('最好');
    expect(best!.textContent).toContain('宝贝标题');
    expect(best!.textContent).toContain('《广告法》第9条第3项');
    expect(best!.textContent).toContain('20万–100万元');
    expect(best!.textContent).toContain('可能适用的豁免');
    expect(best!.textContent).toContain('更稳妥的写法');
    expect(best!.textContent).toContain('机器提示，不构成违法认定');
    // Food: the disease claim cites the Food Safety Law's tenfold damages.
    expect(sugar!.textContent).toContain('降血糖');
    expect(sugar!.textContent).toContain('十倍');
    expect(all('listing-summary')[0]!.textContent).toContain('2 处提示');
  });

  it('"不是问题" asks the background to remember it for this listing; once remembered it moves under 已忽略 and can be undone', async () => {
    const saved = row([{ field: 'title', label: '宝贝标题', text: '全网最好 苦荞茶' }]);
    await saveListingCheck(db, saved);
    await show();
    await vi.waitFor(() => expect(all('listing-finding')).toHaveLength(1));
    await act(async () => (all('listing-finding')[0]!.querySelector('button') as HTMLButtonElement).click());
    expect(told).toEqual([{ type: 'listing/dismiss', itemKey: 'item:763450561430', findingKey: 'absolute-core|宝贝标题|最好' }]);
    // As the background does on that message.
    await dismissFinding(db, 'item:763450561430', 'absolute-core|宝贝标题|最好', '2026-11-20T12:01:00+08:00');
    await vi.waitFor(() => expect(all('listing-dismissed')).toHaveLength(1));
    expect(all('listing-zero')).toHaveLength(1);
    await act(async () => (all('listing-dismissed')[0]!.querySelector('button') as HTMLButtonElement).click());
    expect(told.at(-1)).toEqual({ type: 'listing/dismiss', itemKey: 'item:763450561430', findingKey: 'absolute-core|宝贝标题|最好', undo: true });
  });

  it('zero findings says so and names what was checked', async () => {
    await saveListingCheck(db, row([{ field: 'title', label: '宝贝标题', text: '苦荞茶 500g 罐装' }, { field: 'shopping_title', label: '导购标题', text: '第一次喝就爱上' }]));
    await show();
    await vi.waitFor(() => expect(all('listing-zero')).toHaveLength(1));
    expect(all('listing-zero')[0]!.textContent).toContain('没有发现提示。已检查：宝贝标题、导购标题');
    expect(all('listing-finding')).toHaveLength(0);
  });
});
