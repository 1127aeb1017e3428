import { describe, expect, it } from 'vitest';
import { detectSellerPage, isSellerPage, recordsScope, type RecordsScope, type SellerPageKind } from '@/lib/shared/sites';

/** One test per row: what the reader makes of that URL. */
function eachUrl<T>(read: (url: string) => T, rows: Array<[T, string]>): void {
  it.each(rows)('%s ← %s', (expected, url) => {
    expect(read(url)).toBe(expected);
  });
}

const cases: Array<[SellerPageKind, string]> = [
  ['violations', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending'],
  ['violations', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL&page=2'],
  ['violations', 'https://myseller.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION'],
  ['violations', 'https://healthcenter.taobao.com/home/punish_history.htm?pointRange=2'],
  ['health-center', 'https://healthcenter.taobao.com/home/health_home.htm'],
  ['violations', 'https://healthcenter.taobao.com/home/health_home.htm#/violationList'],
  ['violations', 'https://healthcenter.taobao.com/home/health_home.htm#/violationList?pointRange=2'],
  ['health-center', 'https://healthcenter.taobao.com/home/health_home.htm#/home'],
  ['violations', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/#/violation?tab=ALL'],
  ['health-center', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/health/index'],
  ['health-center', 'https://myseller.taobao.com/home.htm/shop-health/home'],
  ['health-center', 'https://healthcenter.taobao.com/'],
  ['chat-history', 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message'],
  ['chat-history-frame', 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/'],
  ['refund-detail', 'https://refund2.taobao.com/dispute/detail.htm?disputeId=2001234567890'],
  ['refund-detail', 'https://qn.taobao.com/home.htm/trade-platform/refund-list/detail?disputeId=2001234567890&type=1'],
  ['report-entry', 'https://seller110.taobao.com/#/'],
  ['report-entry', 'https://seller110.taobao.com/'],
  ['seller-other', 'https://myseller.taobao.com/home.htm/QnworkbenchHome/'],
  ['seller-other', 'https://qn.taobao.com/home.htm/trade-platform/tp/sold'],
  ['listing-form', 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055&itemId=763450561430'],
  ['listing-form', 'https://item.upload.taobao.com/sell/v2/draft.htm?dbDraftId=123'],
  ['listing-form', 'https://sell.publish.tmall.com/tmall/publish.htm?id=700000000001'],
  ['item-detail', 'https://item.taobao.com/item.htm?id=763450561430'],
  ['item-detail', 'https://detail.tmall.com/item.htm?id=700000000001'],
  ['not-seller', 'https://item.upload.taobao.com/sell/ai/category.htm'],
  ['not-seller', 'https://www.taobao.com/'],
  ['not-seller', 'https://item.jd.com/100.html'],
  ['not-seller', 'http://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION'],
  ['not-seller', 'https://qn.taobao.com.evil.example/home.htm/ysb-new-ksr-q/violation/VIOLATION'],
  ['not-seller', 'https://market.m.taobao.com/app/other/index.html'],
  ['not-seller', 'not a url'],
];

describe('detectSellerPage', () => {
  eachUrl(detectSellerPage, cases);

  it('opens the panel only on seller pages', () => {
    expect(isSellerPage('https://qn.taobao.com/home.htm/x')).toBe(true);
    expect(isSellerPage('https://www.baidu.com/')).toBe(false);
  });
});

describe('recordsScope', () => {
  eachUrl<RecordsScope>(recordsScope, [
    ['records-page', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending'],
    ['records-page', 'https://healthcenter.taobao.com/home/health_home.htm#/violationList'],
    ['records-page', 'https://healthcenter.taobao.com/home/health_home.htm'],
    ['records-page', 'https://myseller.taobao.com/home.htm/shop-health/home'],
    ['if-records-shown', 'https://myseller.taobao.com/home.htm/QnworkbenchHome/'],
    ['if-records-shown', 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm'],
    ['none', 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message'],
    ['none', 'https://refund2.taobao.com/dispute/detail.htm?disputeId=1'],
    ['none', 'https://www.taobao.com/'],
  ]);
});
