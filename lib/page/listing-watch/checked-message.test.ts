// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkListing, type ListingField } from '@/lib/listing/check';
import { ListingChecked } from '@/lib/protocol/schemas/listing';
import { checkedMessage } from './checked-message';

const AT = new Date('2026-11-20T04:00:00Z');
const title = (text: string): ListingField[] => [{ field: 'title', label: '宝贝标题', text }];
const message = (fields: ListingField[], categoryPath: string) =>
  checkedMessage({
    itemKey: 'item:1', url: 'https://item.taobao.com/item.htm?id=1', source: 'detail', doc: document,
    fields, categoryPath, result: checkListing(fields, 'general', AT), unread: [],
  });

describe('what the 商品自检 tab is told about a check', () => {
  it('names the category the check used and the word that decided it when the page names none', () => {
    const sent = message(title('国药准字 止咳平喘 颗粒'), '');
    expect(sent).toMatchObject({ category: 'medical-device', inferredFrom: '国药准字' });
    expect(ListingChecked.safeParse(sent).success).toBe(true);
  });

  it('says nothing was inferred when no marker decided', () => {
    const sent = message(title('苦荞茶 250g'), '');
    expect(sent.category).toBe('general');
    expect(sent).not.toHaveProperty('inferredFrom');
  });
});
