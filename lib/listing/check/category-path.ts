type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

// Where the forms name the chosen category. Not seen on a live form yet (research §1a
// lists no key for it): the model's catPath/categoryPath, a category component's
// path, and the category line above the form; the first that gives text is used.
const MODEL_PATHS: ReadonlyArray<readonly string[]> = [
  ['catPath'], ['categoryPath'], ['models', 'catPath'], ['models', 'formValues', 'catPath'],
  ['components', 'category', 'props', 'path'], ['components', 'catId', 'props', 'path'],
];
const PAGE_SELECTORS = ['#sell-field-category', '[class*="category-path"]', '[class*="cate-path"]', '.sell-category-path'];

const asText = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const parts = v.map((p) => (typeof p === 'string' ? p : isObj(p) && typeof p.name === 'string' ? p.name : isObj(p) && typeof p.text === 'string' ? p.text : null));
    return parts.every((p) => p !== null) && parts.length > 0 ? parts.join(' > ') : null;
  }
  return null;
};

/** The category path the form shows ("零食/坚果/特产 > 坚果炒货"), or '' when it names none. */
export function formCategoryPath(model: Obj | null, doc: Document | null): string {
  for (const path of MODEL_PATHS) {
    let v: unknown = model;
    for (const key of path) v = isObj(v) ? v[key] : undefined;
    const text = asText(v);
    if (text) return text;
  }
  for (const selector of PAGE_SELECTORS) {
    const text = doc?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}
