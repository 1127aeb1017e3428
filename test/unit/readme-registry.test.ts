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
const libModules = readdirSync(join(root, 'lib')).filter((name) => statSync(join(root, 'lib', name)).isDirectory());

describe('README.md as the registry', () => {
  it('describes every entry point, and only those that exist', () => {
    const listed = [...named(section('Entry points'))].filter((n) => !n.includes(' ') && !n.includes('/'));
    expect(new Set(listed)).toEqual(new Set(entrypoints));
  });

  it('names every lib module in the code layout', () => {
    const layout = named(section('Code layout'));
    for (const module of libModules) expect(layout, `lib/${module}`).toContain(module);
  });

  it('explains every permission the manifest asks for', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const permissions = [...(/const permissions = \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(permissions.length).toBeGreaterThan(0);
    const table = named(section('Permissions and why'));
    for (const permission of permissions) expect(table, permission).toContain(permission);
  });
});
