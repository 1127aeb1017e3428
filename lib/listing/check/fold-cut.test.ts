import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';
import { buildFoldTable, SIMPLIFIED, TRADITIONAL } from '@/lib/shared/traditional';
import { checkerCharacters } from '@/scripts/prebuilt-listing.mjs';
import { loadTitles } from '@/test/eval/listing-check';
import { checkListing } from './check-listing';
import { precompile } from './compile';
import { FROM, TO } from './fold-chars';
import { foldCut } from './fold-cut';
import { RULE_BASE } from './rule-base';

const AT = new Date('2026-06-01T04:00:00Z');
const { words } = foldCut(TRADITIONAL, SIMPLIFIED, new Set(checkerCharacters()));
const kind = (c: number) => (/[0-9a-z]/.test(String.fromCharCode(c)) ? 1 : /[A-Z]/.test(String.fromCharCode(c)) ? 2 : (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ? 3 : 0);

describe('the part of the Traditional table the listing scripts carry (fold-chars.ts, as the build writes it)', () => {
  it('is a part: under a third of the shared table, each pair as the table has it', () => {
    expect(FROM.length).toBe(TO.length);
    expect(FROM.length).toBeGreaterThan(300);
    expect(FROM.length).toBeLessThan(TRADITIONAL.length / 3);
    const whole = new Map(Array.from(TRADITIONAL, (f, i) => [f, SIMPLIFIED[i]]));
    for (let i = 0; i < FROM.length; i++) expect(whole.get(FROM[i] as string), FROM[i]).toBe(TO[i]);
  });

  it('folds every code unit as the whole table does, or both into characters no word of the checker holds, of one kind', () => {
    const whole = buildFoldTable(TRADITIONAL, SIMPLIFIED);
    const cut = buildFoldTable(FROM, TO);
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const w = whole[c] as number;
      const k = cut[c] as number;
      if (w === k) continue;
      if (words.has(String.fromCharCode(w)) || words.has(String.fromCharCode(k)) || kind(w) !== kind(k)) differing.push(String.fromCharCode(c));
    }
    expect(differing).toEqual([]);
  });

  it('every character a pattern, a negator, a hint or a word list holds is one of those words', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(RULE_BASE);
    const patterns = String.fromCharCode(...precompile(RULE_BASE).tables.classCodes);
    const outside = [...new Set(strings.join('') + patterns)].filter((ch) => ch.charCodeAt(0) > 0x7f && !words.has(ch));
    expect(outside).toEqual([]);
  });

  it('finds exactly what the whole table finds on every tuning title written in Taiwan and Hong Kong forms', async () => {
    vi.resetModules();
    vi.doMock('./fold-chars', () => ({ FROM: TRADITIONAL, TO: SIMPLIFIED }));
    const whole = (await import('./check-listing')).checkListing;
    vi.doUnmock('./fold-chars');
    const items = loadTitles('tuning');
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const differing: string[] = [];
    let findings = 0;
    for (const [i, item] of items.entries()) {
      const text = (i % 2 === 0 ? toTw : toHk)(item.text);
      const fields = [{ field: 'title', label: '宝贝标题', text }];
      const shipped = checkListing(fields, item.category, AT);
      if (JSON.stringify(shipped) !== JSON.stringify(whole(fields, item.category, AT))) differing.push(item.id);
      findings += shipped.findings.length;
    }
    expect(differing).toEqual([]);
    expect(findings).toBeGreaterThan(500);
  }, 120_000);
});
