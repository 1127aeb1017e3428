// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryOf, checkListing, formCategoryPath, formFields, formModelScript, mergeFields, parseFormModel, visibleFormFields } from '@/lib/listing/check';

const doc = () => new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing/sell.publish.tmall.com/publish.html'), 'utf8'), 'text/html');

describe('the Tmall publish form', () => {
  it('reads 商品卖点, the legacy PC detail and the module description, and checks them with the cosmetics rules', () => {
    const page = doc();
    const parsed = parseFormModel(formModelScript(page) ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    const model = formFields(parsed.model);
    expect(model.unread).toEqual([]);
    const fields = mergeFields(model.fields, visibleFormFields(page)).map(({ field, label, text }) => ({ field, label, text }));
    const path = formCategoryPath(parsed.model, page);
    expect(path).toBe('美容护肤/美体/精油 > 面部精华');
    expect(categoryOf(path)).toBe('cosmetics');
    const byField = Object.fromEntries(fields.map((f) => [f.field, f.text]));
    expect(byField.tmSubTitle).toBe('7天淡斑 永久不反弹');
    expect(byField.modularDesc).toBe('质地轻薄，不含酒精。');
    expect(byField['catProp:p-122276111']).toBe('保湿，提亮肤色');
    // The textarea on the page and the model's tmDescription are one field, read once.
    expect(fields.filter((f) => f.label === '电脑端描述')).toHaveLength(1);
    const found = checkListing(fields, 'cosmetics', new Date('2026-11-20T04:00:00Z')).findings.map((f) => `${f.field}:${f.text}`);
    expect(found).toEqual(expect.arrayContaining(['title:全网第一', 'title:医用级', 'tmSubTitle:永久', 'tmDescription:唯一', 'tmDescription:假一赔十', 'sku:1:专利']));
    // 本品牌最新款 is the brand's own newest: not an absolute claim.
    expect(found.some((f) => f.includes('最'))).toBe(false);
  });
});
