/** `npm run messages`: writes public/_locales/<locale>/messages.json from scripts/messages.source.json. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogues, type SourceRow } from './messages';

const ROOT = join(import.meta.dirname, '..');
const source = JSON.parse(readFileSync(join(ROOT, 'scripts', 'messages.source.json'), 'utf8')) as Record<string, SourceRow>;
const catalogues = buildCatalogues(source);
for (const [locale, catalogue] of Object.entries(catalogues)) {
  mkdirSync(join(ROOT, 'public', '_locales', locale), { recursive: true });
  writeFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), JSON.stringify(catalogue, null, 2) + '\n');
}
console.log(`messages: ${Object.keys(source).length} keys × ${Object.keys(catalogues).length} locales`);
