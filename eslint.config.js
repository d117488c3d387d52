// Lint: the layers of the code (which folder may import what) and a few rules that catch real bugs.
// dependency-cruiser (.dependency-cruiser.cjs) checks the same layers on the whole import graph,
// with cycles; these rules say it in the editor, at the line.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SHIPPING = ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];
const EXTENSION_API = ['wxt/browser', 'wxt/browser/*', 'webextension-polyfill', '@wxt-dev/webextension-polyfill', 'wxt/utils/*'];

/** Imports every shipping file is refused: build scripts and tests do not ship. */
const notFromScriptsOrTests = [
  { group: ['**/scripts/**', '**/tests/**'], message: 'Shipping code never imports from scripts/ or tests/.' },
];

/** The browser's extension API and the network, as globals (they are imported here, but `chrome` and `fetch` are global). */
const extensionGlobals = (where, why) => [
  { name: 'chrome', message: `${where}: ${why}` },
  { name: 'browser', message: `${where}: ${why}` },
  { name: 'fetch', message: `${where}: ${why}` },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.exp/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Types are imported as types: nothing of theirs reaches the bundle, and the reader sees which is which.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Shipping code: typed rules (the type information costs a few seconds for these folders only).
  {
    files: SHIPPING,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits fails silently; write `void` where that is meant.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Page content and glossary text never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page content and glossary text never go through innerHTML: build nodes or render with Preact.' },
        { property: 'outerHTML', message: 'Page content and glossary text never go through outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Page content and glossary text never go through insertAdjacentHTML.' },
        { object: 'document', property: 'write', message: 'No document.write.' },
        { object: 'document', property: 'writeln', message: 'No document.writeln.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'TermLens renders text only: no dangerouslySetInnerHTML.' },
        { selector: "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: 'No HTML sinks, however they are spelled.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-restricted-imports': ['error', { patterns: notFromScriptsOrTests }],
    },
  },

  // lib/ is pure: no extension API (except its thin edge, lib/browser/), no UI, no entry points.
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: EXTENSION_API.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'lib/ is pure: the extension API is used only in lib/browser/ and entrypoints/.' })),
          patterns: [
            ...notFromScriptsOrTests,
            { group: ['wxt/utils/*', 'wxt/browser/*'], message: 'lib/ is pure: WXT runtime APIs are used only in lib/browser/ and entrypoints/.' },
            { group: ['**/browser/**', '**/lib/browser', './browser', '../browser'], message: 'lib/ is pure: only entrypoints/ and components/ reach lib/browser/ (the thin edge).' },
            { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ never imports UI components or entry points.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...extensionGlobals('lib/ is pure', 'the extension API and the network are reached through lib/browser/ or entrypoints/.')],
    },
  },
  {
    files: ['lib/browser/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...notFromScriptsOrTests, { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ never imports UI components or entry points.' }] },
      ],
    },
  },

  // components/ get their data through props: no extension API, no network, no entry points.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: EXTENSION_API.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'components/ get data through props: the extension API is used in entrypoints/.' })),
          patterns: [
            ...notFromScriptsOrTests,
            { group: ['wxt/utils/*', 'wxt/browser/*'], message: 'components/ get data through props: WXT runtime APIs are used in entrypoints/.' },
            // Interface strings are the one exception: t() is a synchronous lookup, not data (tests give it a fixed catalogue).
            { group: ['**/lib/browser/*', '!**/lib/browser/i18n'], message: 'components/ get data through props: lib/browser/ (the extension edge) is used in entrypoints/.' },
            { group: ['**/entrypoints/**'], message: 'components/ never import entry points.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...extensionGlobals('components/ get data through props', 'entrypoints/ fetch and talk to the extension, and pass the result down.')],
    },
  },

  // Tests, scripts and config run in Node (and drive browsers): untyped rules only, to keep lint quick.
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.{ts,js}', '.ci/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
