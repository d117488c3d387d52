/**
 * The layers of the code, checked on the whole import graph (`npm run lint`):
 * - lib/ is pure: no extension API except in lib/browser/ (the thin edge), no components or entry points;
 * - components/ get data through props: no extension API, no lib/browser/, no entry points;
 * - entrypoints/ may import anything shipping; nothing shipping imports scripts/ or tests/;
 * - no import cycles;
 * - the content script (it runs on every page) never reaches the reader's database, Dexie, OpenCC,
 *   jieba, YAML or Node's built-ins: what it can read it could leak, and what it imports it ships;
 * - lib/glossary/build/ is build-time only (it reads YAML and runs jieba): shipping code never imports it.
 * Known violations awaiting a fix are listed in .dependency-cruiser-known-violations.json
 * (`npm run lint:baseline` rewrites it): they are reported as ignored, and any new one fails.
 */
/** The extension API as resolved files (wxt/browser, wxt/utils/*, the polyfills), wherever node_modules is. */
const EXTENSION_API = '(^|/)node_modules/(wxt/dist/(browser|utils)|webextension-polyfill/|@wxt-dev/webextension-polyfill/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in one direction: a cycle makes load order matter and the layers blur.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'lib/ is pure: the extension API is reached only through lib/browser/ (the thin edge) and entrypoints/.',
      from: { path: '^lib/', pathNot: '^lib/browser/' },
      to: { path: [EXTENSION_API, '^lib/browser/'] },
    },
    {
      name: 'lib-not-ui',
      severity: 'error',
      comment: 'lib/ never imports components or entry points.',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-through-props',
      severity: 'error',
      comment: 'components/ get data through props: no extension API, no lib/browser/ (but its i18n: t() is a synchronous string lookup), no entry points.',
      from: { path: '^components/' },
      to: { path: [EXTENSION_API, '^lib/browser/(?!i18n\\.ts$)', '^entrypoints/'] },
    },
    {
      name: 'shipping-not-from-scripts-or-tests',
      severity: 'error',
      comment: 'Build scripts and tests do not ship: shipping code never imports them.',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'content-script-stays-small-and-private',
      severity: 'error',
      comment:
        "Nothing reachable from the content script opens the reader's database (README's privacy promise) or pulls in build-time or Node-only code.",
      from: { path: '^entrypoints/content/' },
      to: {
        reachable: true,
        path: ['^lib/db/', '(^|/)node_modules/(dexie|opencc-js|@node-rs/jieba|@napi-rs/pinyin|yaml)/', '^lib/glossary/build/', '^(node:|fs$|path$|url$|os$|crypto$|child_process$|worker_threads$)'],
      },
    },
    {
      name: 'glossary-build-is-build-time',
      severity: 'error',
      comment: 'lib/glossary/build/ turns YAML into the shipped glossary at build time; shipping code reads the result, never the builder.',
      from: { path: '^(lib|components|entrypoints)/', pathNot: '^lib/glossary/build/' },
      to: { path: '^lib/glossary/build/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true, pathNot: ['\\?raw$', '^/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules)/' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
