// @vitest-environment happy-dom
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ReadProblem, ViolationRecord, type Category } from '@/lib/shared/schema';
import { describePage, readViolationRecords, readViolationRecordsInSlices } from '@/lib/standing/extract';
import { defaultProfileId, getProfile } from '@/lib/standing/rules';

// Each fixture is a page a seller could open, saved with an expected-JSON file
// written by hand from what the page shows (see test/fixtures/records/README.md).
// An id of "#hash" means the page shows no record number: the reader must make one
// from the row's content, the same on every read and different for every record.
const folder = join(import.meta.dirname, '../../../test/fixtures/records');
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

/** The records with the ids the page does not show replaced by "#hash", where the expected JSON says so. */
function maskHashes(records: readonly ViolationRecord[], expected: readonly ViolationRecord[]): ViolationRecord[] {
  return records.map((record, index) => (expected[index]?.id === '#hash' ? { ...record, id: '#hash' } : record));
}

test('there are at least eight fixture pages, each with its expected JSON', () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const name of pages) expect(existsSync(join(folder, `${name}.expected.json`)), name).toBe(true);
});

describe.each(pages)('fixture %s', (name) => {
  const { parse, expected, kindCatalogue } = load(name);

  test('reads the records and problems the page shows', () => {
    const { records, problems } = readViolationRecords(parse(), { kindCatalogue });
    expect({ records: maskHashes(records, expected.records), problems }).toEqual({ records: expected.records, problems: expected.problems });
    for (const record of records) expect(ViolationRecord.safeParse(record).success, record.id).toBe(true);
    for (const problem of problems) expect(ReadProblem.safeParse(problem).success).toBe(true);
  });

  test('gives every record a distinct id, the same on a second read', () => {
    const first = readViolationRecords(parse(), { kindCatalogue }).records.map((record) => record.id);
    const second = readViolationRecords(parse(), { kindCatalogue }).records.map((record) => record.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  test('read in slices (a pause after every row), gives the same records and problems', async () => {
    let clock = 0;
    let pauses = 0;
    const sliced = await readViolationRecordsInSlices(parse(), { kindCatalogue }, { sliceMs: 1, now: () => clock++, pause: async () => void pauses++ });
    expect(sliced).toEqual(readViolationRecords(parse(), { kindCatalogue }));
    expect(pauses).toBeGreaterThanOrEqual(sliced.records.length + sliced.problems.length);
  });

  test('finds the totals and the shop the page shows (none where it shows none)', () => {
    expect(describePage(parse())).toEqual(expected.page);
  });
});

// What the extension stores with no rule profile chosen: the catalogue is the
// default profile's, not the fixture's. Where that changes the result, the
// expected JSON is written by hand in <name>.taobao-profile.expected.json (the
// E2E test checks the extension against the same files).
test.each(pages)('fixture %s under the default rule profile, as the extension reads it', (name) => {
  const { parse, expected: own } = load(name);
  const underProfile = join(folder, `${name}.${defaultProfileId}-profile.expected.json`);
  const expected = existsSync(underProfile) ? (JSON.parse(readFileSync(underProfile, 'utf8')) as Expected) : own;
  const kindCatalogue = getProfile(defaultProfileId).deductions.map((item) => [item.kind, item.category] as const);
  const { records, problems } = readViolationRecords(parse(), { kindCatalogue });
  expect({ records: maskHashes(records, expected.records), problems }).toEqual({ records: expected.records, problems: expected.problems });
});
