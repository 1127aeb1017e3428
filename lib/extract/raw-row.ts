import type { Field } from './synonyms';

/** One record-like row before it is understood: the lines found for each field. */
export interface RawRow {
  fields: Partial<Record<Field, string[]>>;
  /** The row as the seller sees it, quoted in a problem. */
  text: string;
}

/** Rows that belong together, and the element whose surroundings give their context. */
export interface RawRowGroup {
  anchor: Element;
  rows: RawRow[];
}
