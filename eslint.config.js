import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const libGroups = ['shared', 'standing', 'claims', 'evidence', 'listing', 'protocol', 'store', 'page'];
/** Each group of lib/ and the other groups it may import. */
const libBoundaries = {
  shared: [],
  standing: ['shared'],
  claims: ['shared'],
  evidence: ['shared'],
  listing: ['shared', 'claims'],
  protocol: ['shared', 'standing', 'claims', 'evidence', 'listing'],
  store: ['shared', 'standing', 'claims', 'evidence', 'protocol'],
  page: ['shared', 'standing', 'claims', 'protocol', 'listing'],
};
const libImportBans = (group, allowed) => [
  { group: ['wxt/*', 'wxt', 'webextension-polyfill'], message: 'lib/ is pure: no extension APIs.' },
  { group: ['@/entrypoints/*', '@/components/*'], message: 'lib/ is the core: adapters and UI import it, not the other way.' },
  { group: ['../../*'], message: 'Another module: import it by its public path, @/lib/<group>/<module>.' },
  ...libGroups.filter((other) => other !== group && !allowed.includes(other))
    .map((other) => ({ group: [`@/lib/${other}/*`], message: `lib/${group} may import only ${[group, ...allowed].join(', ')} (README, Code layout).` })),
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', console: 'readonly',
        process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', crypto: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No HTML from strings in shipped code: the page is hostile and the store linters flag it.
    // (wxt.config.ts also cuts Preact's innerHTML path from the bundle.)
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Build the nodes; Preact\'s innerHTML path is cut from the bundle.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Build the nodes (textContent, createElement) instead of parsing HTML.' },
      ],
    },
  },
  {
    // House rule: a function does one thing; past ~60 lines it is split by responsibility (issue 15).
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}', '**/*.fixture.ts',
    ],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The pure core never touches the extension APIs: adapters in entrypoints/ do.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'lib/ is pure: pass what you need in from an entrypoint.' }, { name: 'browser', message: 'lib/ is pure: pass what you need in from an entrypoint.' }],
    },
  },
  // Boundaries: what each group of lib/ may import (README, "Code layout"). Tests may reach further.
  ...Object.entries(libBoundaries).map(([group, allowed]) => ({
    files: [`lib/${group}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}', '**/*.fixture.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libImportBans(group, allowed) }] },
  })),
  {
    files: ['lib/**/*.test.{ts,tsx}', 'lib/**/*.fixture.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libImportBans('shared', libGroups)[0]] }] },
  },
);
