import type { ListingField } from './schema';

/** A field read from the page, with the element to outline (inputs cannot hold marks). */
export type PageField = ListingField & { element: Element };

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const valueOf = (el: Element): string => ('value' in el && typeof el.value === 'string' ? el.value : text(el));

function first(doc: Document, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  return null;
}

/**
 * The publish form's fields as the seller sees them now (the inline model is only
 * the state at load). Field ids (#sell-field-<key>) and placeholders are used, never
 * hashed class names. Read only: nothing here writes to the form.
 */
export function visibleFormFields(doc: Document): PageField[] {
  const fields: PageField[] = [];
  const add = (field: string, label: string, element: Element | null) => {
    if (element) fields.push({ field, label, text: valueOf(element), element });
  };
  add('title', '宝贝标题', first(doc, ['#sell-field-title input', 'input[placeholder*="60字符"]', 'input[placeholder*="30个汉字"]']));
  add('shopping_title', '导购标题', first(doc, ['#sell-field-shopping_title input', 'input[placeholder*="导购标题"]', 'input[placeholder*="15个汉字"]', 'input[placeholder*="短标题"]']));
  add('tmSubTitle', '商品卖点', first(doc, ['#sell-field-tmSubTitle input', '#sell-field-tmSubTitle textarea']));
  doc.querySelectorAll('.sell-catProp-item').forEach((item, i) => {
    const label = text(item.querySelector('.info-wrapper-label')) || `属性${i + 1}`;
    const inputs = Array.from(item.querySelectorAll('input')).map((input) => input.value).filter((v) => v !== '');
    const shown = inputs.length > 0 ? inputs.join('，') : text(item).replace(label, '').trim();
    fields.push({ field: `catProp:${i}`, label, text: shown, element: item });
  });
  doc.querySelectorAll('#sell-field-sku tr.sku-table-row td:first-child').forEach((cell, i) => {
    fields.push({ field: `sku:${i}`, label: 'SKU 名称', text: text(cell), element: cell });
  });
  add('descRepublicOfSell', '图文详情', doc.querySelector('#sell-field-descRepublicOfSell .lite-editor-panel'));
  // Tmall's legacy PC detail is the model's tmDescription; Taobao's is desc.
  add('tmDescription', '电脑端描述', doc.querySelector('textarea.ks-editor-textarea'));
  add('desc', '电脑端描述', doc.querySelector('#sell-field-desc textarea:not(.ks-editor-textarea)'));
  return fields;
}
