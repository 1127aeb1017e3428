/**
 * A key that names one message across reloads and page builds: who, when and
 * what was said, never where in the DOM it sits. "不是索赔" is remembered under it.
 */
export function messageKeyOf(buyerId: string | null, at: string | undefined, text: string): string {
  return `${buyerId ?? '?'}@${at ?? '?'}#${fnv1a(text)}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
