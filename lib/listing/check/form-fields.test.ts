// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkListing } from './check-listing';
import { formFields } from './form-fields';
import { formModelScript, parseFormModel } from './form-model';

const fixture = readFileSync(join(import.meta.dirname, '../../../test/fixtures/listing/item.upload.taobao.com/sell-v2-publish.html'), 'utf8');
const page = () => new DOMParser().parseFromString(fixture, 'text/html');

const read = () => {
  const script = formModelScript(page());
  if (script === null) throw new Error('no form model script');
  const parsed = parseFormModel(script);
  if (!parsed.ok) throw new Error(parsed.error);
  return formFields(parsed.model);
};

describe('the Taobao publish form model', () => {
  it('reads title, 导购标题, attributes with their names, SKU names and the descriptions as text', () => {
    const { fields, unread } = read();
    const byField = Object.fromEntries(fields.map((f) => [f.field, f]));
    expect(unread).toEqual([]);
    expect(byField.title?.text).toBe('全网最好 苦荞茶 國家級 工艺 正品保证 假一赔十');
    expect(byField.shopping_title).toMatchObject({ label: '导购标题', text: '第一次喝就爱上' });
    expect(byField['catProp:p-20000']).toMatchObject({ label: '品牌', text: '荞乡人' });
    expect(byField['catProp:p-1632501']).toMatchObject({ label: '包装方式', text: '罐装' });
    expect(fields.filter((f) => f.field.startsWith('saleProp:')).map((f) => f.text)).toEqual(['特级 500g', '零添加 250g']);
    expect(byField.desc?.text).toBe('纯天然 无添加 & 原装进口包装');
    expect(byField.descRepublicOfSell?.text).toContain('每天一杯，\n降血糖\n降血压');
    expect(byField.descRepublicOfSell?.text).not.toContain('<');
  });

  it('finds what a claimant would, field by field, and leaves the standard grade and the usage hint alone', () => {
    const check = checkListing(read().fields, 'food', new Date('2026-06-01T00:00:00Z'));
    const found = check.findings.map((f) => `${f.field}:${f.text}`);
    expect(found).toEqual(expect.arrayContaining([
      'title:最好', 'title:國家級', 'title:假一赔十', 'saleProp:p-1627207:1:零添加', 'desc:纯天然', 'desc:无添加', 'desc:原装进口', 'descRepublicOfSell:降血糖', 'descRepublicOfSell:降血压',
    ]));
    expect(found.some((f) => f.includes('特级') || f.includes('最佳') || f.startsWith('shopping_title'))).toBe(false);
    expect(check.checklist.map((c) => c.id)).toContain('cn-label');
  });

  it('says so when the page has no model or a broken one, instead of reading nothing silently', () => {
    expect(formModelScript(new DOMParser().parseFromString('<script>var a = 1;</script>', 'text/html'))).toBeNull();
    expect(parseFormModel('window.Json = {"models": {"formValues": {"title": "未闭合}')).toMatchObject({ ok: false });
    expect(parseFormModel('window.Json = [1,2];')).toMatchObject({ ok: false });
    expect(formFields({ models: {} })).toEqual({ fields: [], unread: ['formValues'] });
  });

  it('lists a field in a shape it does not know as unread', () => {
    const { fields, unread } = formFields({ formValues: { title: { nested: true }, catProp: 'odd', desc: '<p>好</p>' } });
    expect(unread).toEqual(['title', 'catProp']);
    expect(fields).toEqual([{ field: 'desc', label: '电脑端描述', text: '好' }]);
  });

  it('reads a brace or quote inside a string without losing its place', () => {
    const parsed = parseFormModel('window.Json = {"formValues": {"title": "a}\\"{b"}}; var x = {};');
    expect(parsed).toEqual({ ok: true, model: { formValues: { title: 'a}"{b' } } });
  });
});
