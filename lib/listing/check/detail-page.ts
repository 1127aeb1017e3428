import type { PageField } from './form-dom';

const text = (el: Element | null | undefined): string => (el?.getAttribute('title') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * What a buyer (and a claimant) reads on an item detail page: title, parameters and
 * SKU names. Prefix selectors ([class*="mainTitle--"]) survive the hashed class names.
 */
export function detailPageFields(doc: Document): PageField[] {
  const fields: PageField[] = [];
  const title = doc.querySelector('[class*="mainTitle--"]') ?? doc.querySelector('#J_Title .tb-main-title') ?? doc.querySelector('.tb-detail-hd h1');
  if (title) fields.push({ field: 'title', label: '宝贝标题', text: text(title), element: title });
  doc.querySelectorAll('[class*="generalParamsInfoItem--"]').forEach((item, i) => {
    const value = item.querySelector('[class*="ItemSubTitle--"]');
    fields.push({ field: `param:${i}`, label: text(item.querySelector('[class*="ItemTitle--"]')), text: text(value), element: value ?? item });
  });
  // The emphasised parameters put the value first and the name second.
  doc.querySelectorAll('[class*="emphasisParamsInfoItem--"]').forEach((item, i) => {
    const value = item.querySelector('[class*="ItemTitle--"]');
    fields.push({ field: `emphasis:${i}`, label: text(item.querySelector('[class*="ItemSubTitle--"]')), text: text(value), element: value ?? item });
  });
  doc.querySelectorAll('#J_AttrUL li').forEach((item, i) => {
    const [label, ...rest] = text(item).split(/[:：]/);
    fields.push({ field: `attr:${i}`, label: (label ?? '').trim(), text: rest.join('：').trim(), element: item });
  });
  doc.querySelectorAll('#skuOptionsArea span[title]').forEach((item, i) => {
    fields.push({ field: `sku:${i}`, label: 'SKU 名称', text: item.getAttribute('title') ?? '', element: item });
  });
  return fields;
}
