// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkListing } from './check-listing';
import { detailPageFields } from './detail-page';
import { visibleFormFields } from './form-dom';
import type { ListingField } from './schema';

const page = (path: string) => new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing', path), 'utf8'), 'text/html');
const AT = new Date('2026-06-01T00:00:00Z');
/** Each field read as the checker will cite it: its key, the label the seller sees, its text. */
const asCited = (fields: readonly ListingField[]) => fields.map((f) => [f.field, f.label, f.text]);

describe('the publish form as the seller sees it', () => {
  it('reads title, 导购标题, attribute rows, SKU names and the description editor, each with its element', () => {
    const fields = visibleFormFields(page('item.upload.taobao.com/sell-v2-publish.html'));
    expect(asCited(fields)).toEqual([
      ['title', '宝贝标题', '全网最好 苦荞茶 國家級 工艺 正品保证 假一赔十'],
      ['shopping_title', '导购标题', '第一次喝就爱上'],
      ['catProp:0', '品牌', '荞乡人'],
      ['sku:0', 'SKU 名称', '特级 500g'],
      ['sku:1', 'SKU 名称', '零添加 250g'],
      ['descRepublicOfSell', '图文详情', '选用东北黑土地苦荞，每天一杯，降血糖降血压。'],
    ]);
    expect(fields[0]?.element.tagName).toBe('INPUT');
  });

  it('reads the value typed now, not the one the page loaded with', () => {
    const doc = page('item.upload.taobao.com/sell-v2-publish.html');
    (doc.querySelector('#sell-field-title input') as HTMLInputElement).value = '纯棉T恤 最舒服';
    expect(checkListing(visibleFormFields(doc).slice(0, 1), 'general', AT).findings.map((f) => f.text)).toEqual(['最']);
  });
});

describe('the item detail page', () => {
  it('reads the title, parameters (both layouts) and SKU names', () => {
    const fields = detailPageFields(page('item.taobao.com/item.html'));
    expect(asCited(fields)).toEqual([
      ['title', '宝贝标题', '全网最好 苦荞茶 降血糖 第一次喝就爱上'],
      ['param:0', '产地', '原装进口'],
      ['param:1', '最佳赏味期', '开封后30天'],
      ['emphasis:0', '品牌', '荞乡人'],
      ['sku:0', 'SKU 名称', '特级 500g'],
      ['sku:1', 'SKU 名称', '零添加 250g'],
    ]);
    const found = checkListing(fields, 'food', AT).findings.map((f) => `${f.field}:${f.text}`);
    expect(found).toEqual(['title:最好', 'title:降血糖', 'param:0:原装进口', 'sku:1:零添加']);
  });
});
