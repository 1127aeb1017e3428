import { cellFields, type KindCatalogue } from './cell-evidence';
import { headerFields } from './headers';
import type { Field } from './synonyms';

/** What a column carries: a field for its cells, and maybe a second field on their later lines. */
export interface ColumnPlan {
  field: Field | null;
  /** Lines after the first hold this field (一般违规 over 扣6分): the first line is `field`'s. */
  second: Field | null;
}

// Fields whose values have a shape a cell can be checked against; the others are free text.
const shaped: ReadonlySet<Field> = new Set(['points', 'time', 'category', 'status', 'id', 'appeal', 'action']);
// Free-text fields a cell can only hint at (a measures sentence, a catalogue name): weaker than a header.
const hinted: ReadonlySet<Field> = new Set(['measures']);

const HEADER = 4;
const CELLS = 6;
const HINT = 3;
// Where the cells agree on a field in at least this share of the non-empty ones, they speak for the column.
const AGREE = 0.6;
// A header whose field the cells contradict this often is wrong about what the column holds.
const CONTRADICT = 0.5;
/** Body rows read to type the columns: enough to see past a stray row, few enough to cost nothing on a long page. */
export const SAMPLE_ROWS = 10;

type Scores = Map<Field, number>;

/** How much each field fits one column, from its header's words and its cells' contents. */
export function columnScores(header: string, cells: ReadonlyArray<readonly string[]>, catalogue: KindCatalogue): Scores {
  const counts = new Map<Field, number>();
  let filled = 0;
  for (const lines of cells) {
    const says = cellFields(lines, catalogue);
    if (!says) continue;
    filled += 1;
    for (const field of says) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const share = (field: Field) => (filled === 0 ? 0 : (counts.get(field) ?? 0) / filled);
  const scores: Scores = new Map();
  headerFields(header).forEach(({ field, rank }, order) => {
    const contradicted = shaped.has(field) && filled > 0 && share(field) < CONTRADICT;
    // A 违规类型 column holding names rather than categories names the behaviour.
    if (contradicted && field === 'category') scores.set('kind', HINT);
    if (!contradicted) scores.set(field, HEADER - order * 0.1 - rank * 0.01);
  });
  for (const [field] of counts) {
    const part = share(field);
    if (part < AGREE) continue;
    const weight = hinted.has(field) ? HINT : CELLS;
    scores.set(field, (scores.get(field) ?? 0) + weight * part);
  }
  return scores;
}

const fieldBit = new Map<Field, number>();
const bitOf = (field: Field) => {
  let bit = fieldBit.get(field);
  if (bit === undefined) fieldBit.set(field, (bit = 1 << fieldBit.size));
  return bit;
};

/**
 * Fields to columns as a whole: no field on two columns, the best total score
 * (exact, over the sets of fields taken so far: ten fields, a few columns).
 */
export function assignFields(scores: readonly Scores[]): Array<Field | null> {
  type State = { total: number; picks: Array<Field | null> };
  let states = new Map<number, State>([[0, { total: 0, picks: [] }]]);
  for (const column of scores) {
    const next = new Map<number, State>();
    const keep = (taken: number, total: number, picks: Array<Field | null>, field: Field | null) => {
      const held = next.get(taken);
      if (!held || held.total < total) next.set(taken, { total, picks: [...picks, field] });
    };
    for (const [taken, state] of states) {
      keep(taken, state.total, state.picks, null);
      for (const [field, score] of column) {
        const bit = bitOf(field);
        if (score > 0 && !(taken & bit)) keep(taken | bit, state.total + score, state.picks, field);
      }
    }
    states = next;
  }
  let best: State = { total: -1, picks: [] };
  for (const state of states.values()) if (state.total > best.total) best = state;
  return best.picks;
}

/**
 * A field no column carries that a column's later lines hold in most of its
 * multi-line cells (a category over its points, a name over its status).
 */
function secondField(cells: ReadonlyArray<readonly string[]>, own: Field, taken: ReadonlySet<Field>, catalogue: KindCatalogue): Field | null {
  const later = cells.filter((lines) => lines.length > 1).map((lines) => lines.slice(1));
  if (later.length === 0) return null;
  const counts = new Map<Field, number>();
  for (const lines of later) for (const field of cellFields(lines, catalogue) ?? []) counts.set(field, (counts.get(field) ?? 0) + 1);
  for (const [field, count] of counts) {
    if (field !== own && shaped.has(field) && !taken.has(field) && count / later.length >= AGREE) return field;
  }
  return null;
}

/**
 * The plan of a record table: each column's field from its header and its
 * cells (`sample[row][column]`, the lines of each cell), no field twice.
 */
export function planColumns(headers: readonly string[], sample: ReadonlyArray<ReadonlyArray<readonly string[]>>, catalogue: KindCatalogue): ColumnPlan[] {
  const cellsOf = (column: number) => sample.map((row) => row[column] ?? []);
  const fields = assignFields(headers.map((header, column) => columnScores(header, cellsOf(column), catalogue)));
  const taken = new Set(fields.filter((field): field is Field => field !== null));
  return fields.map((field, column) => {
    const second = field ? secondField(cellsOf(column), field, taken, catalogue) : null;
    if (second) taken.add(second);
    return { field, second };
  });
}
