import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// README.md is the feature registry: every entry point and every lib module
// has its line there, and the README names none that is gone.
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = (heading: string) => readme.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
const named = (text: string) => new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

const entrypoints = readdirSync(join(root, 'entrypoints')).map((name) =>
  statSync(join(root, 'entrypoints', name)).isDirectory() ? name : name.replace(/\.(content\.)?tsx?$/, (_, content) => (content ? '.content' : '')),
);
const isDir = (...parts: string[]) => statSync(join(root, ...parts)).isDirectory();
const libGroups = readdirSync(join(root, 'lib')).filter((name) => isDir('lib', name));
const libModules = libGroups.flatMap((group) => readdirSync(join(root, 'lib', group)).filter((name) => isDir('lib', group, name)).map((name) => ({ group, name })));

describe('README.md as the registry', () => {
  it('describes every entry point, and only those that exist', () => {
    const listed = [...named(section('Entry points'))].filter((n) => !n.includes(' ') && !n.includes('/'));
    expect(new Set(listed)).toEqual(new Set(entrypoints));
  });

  it('names every lib group and, on its line, every module in it', () => {
    const layout = section('Code layout');
    for (const group of libGroups) expect(named(layout), `lib/${group}/`).toContain(`${group}/`);
    for (const { group, name } of libModules) {
      const line = layout.split('\n').find((l) => l.includes(`\`${group}/\``)) ?? '';
      expect(named(line), `lib/${group}/${name}`).toContain(name);
    }
  });

  it('states the same import boundaries as ESLint enforces', () => {
    const config = readFileSync(join(root, 'eslint.config.js'), 'utf8');
    const layout = section('Code layout');
    for (const group of libGroups) {
      const allowed = new RegExp(`\\b${group}: \\[([^\\]]*)\\]`).exec(config)?.[1]?.match(/'([^']+)'/g)?.map((s) => s.slice(1, -1)) ?? [];
      const line = layout.split('\n').find((l) => l.includes(`\`${group}/\``)) ?? '';
      const stated = /\(([^)]*)\)/.exec(line)?.[1] ?? '';
      for (const other of allowed) expect(stated, `lib/${group} may import ${other}`).toContain(other);
    }
  });

  it('explains every permission the manifest asks for', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const permissions = [...(/const permissions = \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(permissions.length).toBeGreaterThan(0);
    const table = named(section('Permissions and why'));
    for (const permission of permissions) expect(table, permission).toContain(permission);
  });
});
