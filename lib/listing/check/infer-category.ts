import { fold } from './normalise';
import type { Category, ListingField, Marker } from './schema';

/**
 * The category to weigh a listing by. A known category stands; for general goods (no 类目 known)
 * the first marker word found in any field decides, so a drug's indication on its item page is
 * not read as a disease claim on ordinary goods.
 */
export function inferCategory(markers: Marker[], fields: ListingField[], category: Category): { category: Category; marker?: string } {
  if (category !== 'general') return { category };
  const texts = fields.map((f) => fold(f.text).text);
  for (const m of markers) {
    for (const term of m.terms) {
      const t = fold(term).text;
      if (texts.some((text) => text.includes(t))) return { category: m.category, marker: term };
    }
  }
  return { category };
}
