import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './scripts/no-inner-html';

// Gecko id is fixed so Firefox tests can pin the moz-extension:// uuid (extensions.webextensions.uuids).
export const GECKO_ID = 'termlens@termlens.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every file says where its names come from.
  imports: false,
  hooks: {
    // The glossary ships as a file, not inside a script: surfaces load it when they need it, and
    // the content script injected into every page stays small.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('data/glossary.json'), relativeDest: 'glossary.json' });
      // The seed articles, for the sidebar's Sources view (read by the sidebar only).
      for (const file of readdirSync(resolve('seeds')).filter((f) => f.endsWith('.txt'))) {
        files.push({ absoluteSrc: resolve('seeds', file), relativeDest: `sources/${file}` });
      }
    },
  },
  vite: () => ({
    plugins: [noInnerHtml(), preact()],
  }),
  manifest: ({ browser }) => ({
    // Localized from public/_locales (npm run messages): en, zh_CN, zh_TW.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // storage: the reader's settings (storage.local). Page access comes from the content script's matches.
    permissions: ['storage'],
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
