// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageFactsOf } from '@/lib/claims/chat-extract';

const page = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');

describe('pageFactsOf', () => {
  it('takes the first buyer and the first order label the page shows, in one pass, whichever comes first', () => {
    const doc = page('<dl><dt>订单编号</dt><dd>3021999000111</dd><dt>买家</dt><dd>维权小能手88\n(已实名)</dd></dl><span>买家：别人</span><span>订单号：3021999000222</span>');
    expect(pageFactsOf(doc)).toEqual({ buyerId: '维权小能手88', orderId: '3021999000111' });
  });

  it('an order label whose value shows no order number gives none, as the seller sees it', () => {
    expect(pageFactsOf(page('<span>订单：待确认</span><span>订单编号：3021999000111</span>'))).toEqual({});
  });
});
