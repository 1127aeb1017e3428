import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // The pure core never touches the extension APIs: adapters in entrypoints/ do.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'lib/ is pure: pass what you need in from an entrypoint.' }, { name: 'browser', message: 'lib/ is pure: pass what you need in from an entrypoint.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt/*', 'wxt', 'webextension-polyfill'], message: 'lib/ is pure: no extension APIs.' }] }],
    },
  },
);
