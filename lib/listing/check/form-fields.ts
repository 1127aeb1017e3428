import type { FormRead } from './form-model';
import { htmlText } from './html-text';
import type { ListingField } from './schema';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const LABEL: Record<string, string> = {
  title: '宝贝标题', shopping_title: '导购标题', tmSubTitle: '商品卖点', desc: '电脑端描述', wirelessDesc: '手机端描述', descRepublicOfSell: '图文详情',
  tmDescription: '电脑端描述', modularDesc: '模块化描述',
};

/** The form values, wherever this page's model keeps them (formValues at the top or under models). */
function formValues(model: Obj): Obj | null {
  if (isObj(model.formValues)) return model.formValues;
  if (isObj(model.models) && isObj(model.models.formValues)) return model.models.formValues;
  return null;
}

/** Attribute names by key ('p-20000' → 品牌) from components.catProp's data source. */
function attributeLabels(model: Obj): Map<string, string> {
  const labels = new Map<string, string>();
  const components = isObj(model.components) ? model.components : null;
  const catProp = components && isObj(components.catProp) ? components.catProp : null;
  const props = catProp && isObj(catProp.props) ? catProp.props : null;
  const source = props && Array.isArray(props.dataSource) ? props.dataSource : [];
  for (const entry of source) {
    if (!isObj(entry)) continue;
    const key = str(entry.name) ?? str(entry.id) ?? (typeof entry.id === 'number' ? `p-${entry.id}` : null);
    const descriptions = isObj(entry.descriptions) && isObj(entry.descriptions.data) ? entry.descriptions.data : null;
    const label = str(entry.label) ?? (descriptions ? str(descriptions.label) : null);
    if (key && label) labels.set(key.startsWith('p-') ? key : `p-${key}`, label);
  }
  return labels;
}

/** Text of an attribute or SKU value: {text}, {value} or a plain string; arrays joined. */
function valueText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return null;
  if (Array.isArray(v)) {
    const parts = v.map(valueText).filter((t): t is string => t !== null);
    return parts.length > 0 ? parts.join('，') : null;
  }
  if (isObj(v)) return str(v.text) ?? str(v.value) ?? str(v.name);
  return null;
}

/** Text modules of the new 图文详情 editor: templateContent is JSON with groups[].components[]. */
function republicText(v: unknown): string | null {
  const param = isObj(v) && isObj(v.descPageCommitParam) ? v.descPageCommitParam : null;
  const content = param ? str(param.templateContent) : null;
  if (content === null) return null;
  let parsed: unknown;
  try { parsed = JSON.parse(content); } catch { return null; }
  if (!isObj(parsed) || !Array.isArray(parsed.groups)) return null;
  const texts: string[] = [];
  for (const group of parsed.groups) {
    if (!isObj(group) || !Array.isArray(group.components)) continue;
    for (const c of group.components) {
      if (!isObj(c) || c.componentType === 'pic') continue;
      const text = str(c.text) ?? str(c.content) ?? (isObj(c.props) ? str(c.props.text) ?? str(c.props.content) : null);
      if (text) texts.push(htmlText(text));
    }
  }
  return texts.join('\n');
}

/**
 * The fields a claimant reads, from the form model: title, 导购标题, 卖点, attributes,
 * SKU names and the descriptions' text. A key that is present but not in a shape we
 * know is listed as unread, never dropped silently.
 */
export function formFields(model: Obj): FormRead {
  const values = formValues(model);
  if (values === null) return { fields: [], unread: ['formValues'] };
  const fields: ListingField[] = [];
  const unread: string[] = [];
  const add = (field: string, label: string, text: string | null) => {
    if (text === null) unread.push(field);
    else fields.push({ field, label, text });
  };
  if ('title' in values) add('title', LABEL.title as string, valueText(values.title));
  if ('shopping_title' in values) {
    const v = values.shopping_title;
    const entries = Array.isArray(v) ? v.filter(isObj).map((e) => str(e.value)).filter((t): t is string => t !== null) : null;
    add('shopping_title', LABEL.shopping_title as string, entries ? entries.join(' ') : valueText(v));
  }
  if ('tmSubTitle' in values) add('tmSubTitle', LABEL.tmSubTitle as string, valueText(values.tmSubTitle));
  if ('catProp' in values) {
    const labels = attributeLabels(model);
    if (isObj(values.catProp)) {
      for (const [key, v] of Object.entries(values.catProp)) add(`catProp:${key}`, labels.get(key) ?? key, valueText(v));
    } else unread.push('catProp');
  }
  if ('saleProp' in values) {
    if (isObj(values.saleProp)) {
      for (const [key, list] of Object.entries(values.saleProp)) {
        if (!Array.isArray(list)) { unread.push(`saleProp:${key}`); continue; }
        list.forEach((v, i) => add(`saleProp:${key}:${i}`, 'SKU 名称', valueText(v)));
      }
    } else unread.push('saleProp');
  }
  if ('desc' in values) add('desc', LABEL.desc as string, typeof values.desc === 'string' ? htmlText(values.desc) : null);
  if ('wirelessDesc' in values && typeof values.wirelessDesc === 'string') add('wirelessDesc', LABEL.wirelessDesc as string, htmlText(values.wirelessDesc));
  // Tmall: the legacy PC detail as HTML, and the module editor's content (HTML when it is a string).
  for (const key of ['tmDescription', 'modularDesc'] as const) {
    if (key in values) add(key, LABEL[key] as string, typeof values[key] === 'string' ? htmlText(values[key]) : null);
  }
  if ('descRepublicOfSell' in values) add('descRepublicOfSell', LABEL.descRepublicOfSell as string, republicText(values.descRepublicOfSell));
  return { fields, unread };
}
