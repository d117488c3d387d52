import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './scripts/no-inner-html';
import { CEDICT_INDEX_FILE } from './scripts/cedict-source';

// Gecko id is fixed so Firefox tests can pin the moz-extension:// uuid (extensions.webextensions.uuids).
export const GECKO_ID = 'termlens@termlens.dev';

/** The same address as lib/browser/anki.ts's ANKI_CONNECT_ORIGIN (tests/anki-connect.test.ts checks they agree). */
const ANKI_CONNECT_HOST = 'http://127.0.0.1:8765/*';

/**
 * Pack sources a reader may subscribe to (docs/packs.md): each origin is asked for when added and
 * dropped when removed; none is granted at install. 127.0.0.1 for a local server (http allowed there only).
 */
const PACK_SOURCE_HOSTS = ['https://*/*', 'http://127.0.0.1/*'];

/** TermLens's own pack channel (its version file's https address), fixed at build time; unset: no automatic requests. */
function packsChannel(): string {
  const url = process.env.TERMLENS_PACKS_URL ?? '';
  if (url && !/^https:\/\/[^/]+\/|^http:\/\/127\.0\.0\.1(:\d+)?\//.test(url)) throw new Error(`TERMLENS_PACKS_URL must be an https address (or http://127.0.0.1): ${url}`);
  return url;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every file says where its names come from.
  imports: false,
  hooks: {
    // The glossary ships as a file, not inside a script: surfaces load it when they need it, and
    // the content script injected into every page stays small.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('data/glossary.json'), relativeDest: 'glossary.json' });
      // The CC-CEDICT index (npm run cedict), read by the background on the first dictionary lookup.
      if (!existsSync(resolve(CEDICT_INDEX_FILE))) throw new Error(`${CEDICT_INDEX_FILE} is missing: run npm run cedict`);
      files.push({ absoluteSrc: resolve(CEDICT_INDEX_FILE), relativeDest: 'cedict.txt' });
      // The seed articles, for the sidebar's Sources view (read by the sidebar only).
      for (const file of readdirSync(resolve('seeds')).filter((f) => f.endsWith('.txt'))) {
        files.push({ absoluteSrc: resolve('seeds', file), relativeDest: `sources/${file}` });
      }
    },
  },
  vite: () => ({
    plugins: [noInnerHtml(), preact()],
    // The options page's import worker is a module worker: it loads OpenCC as a separate chunk on demand.
    worker: { format: 'es' as const },
    define: { __TERMLENS_PACKS_URL__: JSON.stringify(packsChannel()) },
    // TERMLENS_NO_MINIFY=1: a build whose profile shows names (scripts/bench/shape-profile.ts).
    ...(process.env.TERMLENS_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    // Localized from public/_locales (npm run messages): en, zh_CN, zh_TW.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // storage: the reader's settings (storage.local). Page access comes from the content script's matches.
    // contextMenus (Firefox: menus): "Look up with TermLens" on a selection.
    // alarms: the glossary packs' check every 12 hours and retries (only when there is a pack source).
    permissions: ['storage', browser === 'firefox' ? 'menus' : 'contextMenus', 'alarms'],
    // AnkiConnect ("Send to Anki"), asked for at the first click: MV3 keeps hosts apart, MV2 lists them with permissions.
    // Pack sources likewise, each origin asked for when the reader subscribes (lib/packs/source-url.ts).
    ...(browser === 'firefox'
      ? { optional_permissions: [ANKI_CONNECT_HOST, ...PACK_SOURCE_HOSTS] }
      : { optional_host_permissions: [ANKI_CONNECT_HOST, ...PACK_SOURCE_HOSTS] }),
    // "Add to TermLens" from the keyboard. Alt+Shift+Y: no default of Chrome's or Firefox's
    // (Chrome's Alt+Shift+A focuses inactive dialogs); the reader can change it (chrome://extensions/shortcuts).
    commands: {
      'add-selection': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_addCommand__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 142: the first Firefox (desktop and Android) that knows data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
