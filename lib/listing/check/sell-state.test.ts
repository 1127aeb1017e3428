import { describe, expect, it } from 'vitest';
import { SELL_STATE_MAX_CHARS, sellStateFields } from './sell-state';

describe("the Tmall form's live model", () => {
  it('gives the fields as they are now, read like the inline model', () => {
    const read = sellStateFields(JSON.stringify({ title: ['全网第一 精华液'], tmSubTitle: '七天淡斑', modularDesc: '<p>抗敏修护</p>' }));
    expect(read?.fields.map((f) => [f.field, f.text])).toEqual([['title', '全网第一 精华液'], ['tmSubTitle', '七天淡斑'], ['modularDesc', '抗敏修护']]);
    expect(read?.unread).toEqual([]);
  });

  it('reads nothing from what is not a JSON object, or from a reply too long to be a form', () => {
    expect(sellStateFields('not json')).toBeNull();
    expect(sellStateFields('[1,2]')).toBeNull();
    expect(sellStateFields('null')).toBeNull();
    expect(sellStateFields(`{"title":"${'x'.repeat(SELL_STATE_MAX_CHARS)}"}`)).toBeNull();
  });
});
