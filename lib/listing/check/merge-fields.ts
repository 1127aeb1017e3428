import type { ListingField } from './schema';

/**
 * The fields to check: the inline model's (the state at load, which also holds
 * what the page has not rendered: a collapsed attribute section, the description)
 * with what the page shows now taking its place. The two key some fields
 * differently (attributes by property id in the model, by row on the page; SKU
 * names by property in the model, by table row on the page), so: an attribute the
 * page shows replaces the model's of the same name; any SKU row shown replaces
 * the model's SKU names; any other field replaces the model's of the same key.
 * Nothing is counted twice and nothing the page does not show is dropped.
 */
export function mergeFields<T extends ListingField>(model: ListingField[], shown: T[]): Array<ListingField | T> {
  const shownKeys = new Set(shown.map((f) => f.field));
  const shownAttributes = new Set(shown.filter((f) => f.field.startsWith('catProp:')).map((f) => f.label));
  const skuShown = shown.some((f) => f.field.startsWith('sku:'));
  const kept = model.filter((f) => {
    if (f.field.startsWith('catProp:')) return !shownAttributes.has(f.label);
    if (f.field.startsWith('saleProp:')) return !skuShown;
    return !shownKeys.has(f.field);
  });
  return [...kept, ...shown];
}
