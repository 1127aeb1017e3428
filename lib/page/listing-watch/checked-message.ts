import { categoryOf, type ListingCheck, type ListingField } from '@/lib/listing/check';
import type { MessageOf } from '@/lib/protocol/messages';

export type ListingSource = 'taobao-form' | 'tmall-form' | 'detail';

type Checked = {
  itemKey: string; url: string; source: ListingSource; doc: Document;
  fields: ListingField[]; categoryPath: string; result: ListingCheck; unread: string[];
};

/**
 * What the 商品自检 tab is sent, each list cut to what the background's schema takes.
 * The category is the one the check used: where the page names none, a marker word
 * (国药准字, 蓝帽子…) decided it, and the tab says which.
 */
export function checkedMessage({ itemKey, url, source, doc, fields, categoryPath, result, unread }: Checked): MessageOf<'listing/checked'> {
  return {
    type: 'listing/checked',
    itemKey,
    page: url,
    source,
    title: (fields.find((f) => f.field === 'title')?.text ?? doc.title).slice(0, 300),
    category: result.inferred?.category ?? categoryOf(categoryPath),
    categoryPath: categoryPath.slice(0, 500),
    ...(result.inferred ? { inferredFrom: result.inferred.marker.slice(0, 40) } : {}),
    checked: result.checked.slice(0, 2000),
    findings: result.findings.slice(0, 2000).map((f) => ({ ...f, text: f.text.slice(0, 200) })),
    checklist: result.checklist,
    unread: unread.slice(0, 200),
  };
}
