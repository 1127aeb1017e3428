// @vitest-environment happy-dom
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ReadProblem, ViolationRecord, type Category } from '@/lib/schema';
import { describePage, readViolationRecords } from '@/lib/extract';

// Each fixture is a page a seller could open, saved with an expected-JSON file
// written by hand from what the page shows (see test/fixtures/records/README.md).
// An id of "#hash" means the page shows no record number: the reader must make one
// from the row's content, the same on every read and different for every record.
const folder = join(import.meta.dirname, '../../test/fixtures/records');
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length));

interface Expected {
  records: Array<ViolationRecord>;
  problems: Array<ReadProblem>;
  page?: { totals: Partial<Record<Category, number>>; shop: string | null };
}

function load(name: string) {
  const html = readFileSync(join(folder, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8')) as Expected;
  const cataloguePath = join(folder, `${name}.catalogue.json`);
  const kindCatalogue = existsSync(cataloguePath)
    ? (JSON.parse(readFileSync(cataloguePath, 'utf8')) as Array<[string, Category]>)
    : undefined;
  const parse = () => new DOMParser().parseFromString(html, 'text/html');
  return { parse, expected, kindCatalogue };
}

test('there are at least eight fixture pages, each with its expected JSON', () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const name of pages) expect(existsSync(join(folder, `${name}.expected.json`)), name).toBe(true);
});

describe.each(pages)('fixture %s', (name) => {
  const { parse, expected, kindCatalogue } = load(name);

  test('reads the records and problems the page shows', () => {
    const { records, problems } = readViolationRecords(parse(), { kindCatalogue });
    const hashed = new Set(expected.records.flatMap((record, index) => (record.id === '#hash' ? [index] : [])));
    const comparable = records.map((record, index) => (hashed.has(index) ? { ...record, id: '#hash' } : record));
    expect({ records: comparable, problems }).toEqual({ records: expected.records, problems: expected.problems });
    for (const record of records) expect(ViolationRecord.safeParse(record).success, record.id).toBe(true);
    for (const problem of problems) expect(ReadProblem.safeParse(problem).success).toBe(true);
  });

  test('gives every record a distinct id, the same on a second read', () => {
    const first = readViolationRecords(parse(), { kindCatalogue }).records.map((record) => record.id);
    const second = readViolationRecords(parse(), { kindCatalogue }).records.map((record) => record.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  test.runIf(expected.page)('finds the totals and the shop the page shows', () => {
    expect(describePage(parse())).toEqual(expected.page);
  });
});
