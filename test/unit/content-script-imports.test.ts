import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A content script runs on every seller page and pays for every byte: zod's
// runtime (≈90 kB) belongs to the background, which parses every message.
// Content scripts import the message TYPES only (lib/protocol/messages, lib/claims/claimant's
// index); this follows their runtime imports and names the packages reached.
const root = join(import.meta.dirname, '../..');
const contentScripts = readdirSync(join(root, 'entrypoints')).filter((name) => name.endsWith('.content.ts'));

const importPattern = /^\s*(import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?'([^']+)'/gm;
const dynamicImportPattern = /\bimport\(\s*'([^']+)'\s*\)/g;

/** Specifiers the built code still loads: not `import type`, not `{ type A, type B }`. */
function runtimeSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const [, , typeOnly, clause, specifier] of source.matchAll(importPattern)) {
    if (typeOnly) continue;
    const names = clause?.match(/^\{([\s\S]*)\}$/)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean);
    if (names && names.length > 0 && names.every((name) => name.startsWith('type '))) continue;
    found.push(specifier!);
  }
  for (const [, specifier] of source.matchAll(dynamicImportPattern)) found.push(specifier!);
  return found;
}

function resolveFile(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** npm packages a file reaches through runtime imports, following the project's own files. */
function packagesReached(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('@/') || specifier.startsWith('.')) {
        const target = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : resolve(dirname(file), specifier);
        const resolved = resolveFile(target);
        if (resolved) queue.push(resolved);
      } else {
        packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
      }
    }
  }
  return packages;
}

describe('content scripts', () => {
  it('are found', () => {
    expect(contentScripts).toEqual(expect.arrayContaining(['records.content.ts', 'messages.content.ts', 'banner.content.ts']));
  });

  it.each(contentScripts)('%s loads no zod: the background validates', (name) => {
    const packages = packagesReached(join(root, 'entrypoints', name));
    expect(packages.has('wxt')).toBe(true);
    expect([...packages]).not.toContain('zod');
  });

  it('the background does load zod, through the message schemas', () => {
    expect([...packagesReached(join(root, 'entrypoints/background/index.ts'))]).toContain('zod');
  });
});
