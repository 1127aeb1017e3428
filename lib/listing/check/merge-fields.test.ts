import { describe, expect, it } from 'vitest';
import { mergeFields } from './merge-fields';

const f = (field: string, label: string, text: string) => ({ field, label, text });

describe('the model and the page merged', () => {
  it('takes what the page shows now, keeps what it does not show, and counts nothing twice', () => {
    const model = [
      f('title', '宝贝标题', '全网最好 苦荞茶'), f('catProp:p-20000', '品牌', '荞乡人'), f('catProp:p-1', '功效', '降血糖'),
      f('saleProp:p-1627207:0', 'SKU 名称', '特级'), f('desc', '电脑端描述', '纯天然'),
    ];
    const shown = [f('title', '宝贝标题', '苦荞茶'), f('catProp:0', '品牌', '荞乡人'), f('sku:0', 'SKU 名称', '特级 500g')];
    expect(mergeFields(model, shown).map((x) => `${x.field}=${x.text}`)).toEqual([
      'catProp:p-1=降血糖', 'desc=纯天然', 'title=苦荞茶', 'catProp:0=荞乡人', 'sku:0=特级 500g',
    ]);
  });

  it('with nothing shown (the form not drawn yet), checks the model as it is', () => {
    const model = [f('title', '宝贝标题', '最好'), f('saleProp:p:0', 'SKU 名称', '零添加')];
    expect(mergeFields(model, [])).toEqual(model);
  });
});
