import { describe, expect, it } from 'vitest';
import { findingKey, itemKeyOf } from './item-key';

describe('which listing a page is', () => {
  it('the edit form and the item page of one item are the same listing', () => {
    expect(itemKeyOf('https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055&itemId=763450561430&fromAIPublish=true')).toBe('item:763450561430');
    expect(itemKeyOf('https://item.taobao.com/item.htm?id=763450561430')).toBe('item:763450561430');
    expect(itemKeyOf('https://sell.publish.tmall.com/tmall/publish.htm?id=700000000001')).toBe('item:700000000001');
  });

  it('a draft by its draft id, a new item by its category, anything else by nothing', () => {
    expect(itemKeyOf('https://item.upload.taobao.com/sell/v2/draft.htm?dbDraftId=88')).toBe('draft:88');
    expect(itemKeyOf('https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055')).toBe('new:50008055');
    expect(itemKeyOf('https://item.upload.taobao.com/sell/v2/publish.htm?itemId=abc')).toBeNull();
    expect(itemKeyOf('not a url')).toBeNull();
  });

  it('a finding is the rule, the field\'s name and the words: the same after an edit elsewhere', () => {
    expect(findingKey({ ruleId: 'absolute-core', label: '宝贝标题', text: '最好' })).toBe('absolute-core|宝贝标题|最好');
  });
});
