import type { ListingField } from './schema';

/** What the Taobao publish form's inline model gave: fields to check, and keys present that we could not read. */
export interface FormRead { fields: ListingField[]; unread: string[] }

export type ModelParse = { ok: true; model: Record<string, unknown> } | { ok: false; error: string };

const MARK = 'window.Json';

/** The inline script that carries the form model, read as text (no page-world access). */
export function formModelScript(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.includes(MARK)) return text;
  }
  return null;
}

/** The object literal assigned to window.Json, found by one string-aware brace scan and parsed as JSON. */
export function parseFormModel(scriptText: string): ModelParse {
  const at = scriptText.indexOf(MARK);
  if (at < 0) return { ok: false, error: '页面中没有商品表单数据（window.Json）' };
  const open = scriptText.indexOf('{', at);
  if (open < 0) return { ok: false, error: '商品表单数据不完整' };
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = open; i < scriptText.length; i++) {
    const c = scriptText.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) { end = i + 1; break; }
  }
  if (end < 0) return { ok: false, error: '商品表单数据不完整' };
  try {
    const model: unknown = JSON.parse(scriptText.slice(open, end));
    if (model === null || typeof model !== 'object' || Array.isArray(model)) return { ok: false, error: '商品表单数据不是对象' };
    return { ok: true, model: model as Record<string, unknown> };
  } catch {
    return { ok: false, error: '商品表单数据无法解析' };
  }
}
