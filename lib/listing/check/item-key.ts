import type { Finding } from './schema';

/**
 * The listing a page is about: an item id on the edit form and the detail page
 * (so a dismissal on the form also holds on the item page), a draft id, or the
 * category of a new item. Null for a URL that names none of them.
 */
export function itemKeyOf(url: string): string | null {
  let parsed: URL;
  try { parsed = new URL(url); } catch { return null; }
  const q = parsed.searchParams;
  const item = q.get('itemId') ?? q.get('id') ?? (q.get('copyItem') ? null : q.get('commendItemId'));
  if (item && /^\d{1,20}$/.test(item)) return `item:${item}`;
  const draft = q.get('dbDraftId');
  if (draft && /^\d{1,20}$/.test(draft)) return `draft:${draft}`;
  const cat = q.get('catId');
  if (cat && /^\d{1,20}$/.test(cat)) return `new:${cat}`;
  return null;
}

/** One finding of one listing, stable across edits elsewhere in the text: the rule, the field's name and the words. */
export const findingKey = (f: Pick<Finding, 'ruleId' | 'label' | 'text'>): string => `${f.ruleId}|${f.label}|${f.text}`;
