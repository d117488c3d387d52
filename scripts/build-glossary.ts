/** `npm run glossary`: builds data/glossary.json from data/terms.yaml, data/sources.json and seeds/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary, GlossaryBuildError } from '../lib/glossary/build';
import { GLOSSARY_FILE, loadInputs, serializeGlossary } from '../lib/glossary/load';
import { glossarySize } from '../lib/glossary/size';

const root = join(import.meta.dirname, '..');
try {
  const glossary = buildGlossary(loadInputs(root));
  writeFileSync(join(root, GLOSSARY_FILE), serializeGlossary(glossary));
  const excerpts = glossary.terms.reduce((n, t) => n + t.excerpts.length, 0);
  console.log(`glossary: ${glossary.terms.length} terms, ${excerpts} excerpts, ${glossary.sources.length} sources → ${GLOSSARY_FILE}`);
  console.log(glossarySize(glossary));
} catch (error) {
  console.error(error instanceof GlossaryBuildError ? error.message : `glossary build failed: ${(error as Error).message}`);
  process.exit(1);
}
