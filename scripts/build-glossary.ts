/** `npm run glossary`: builds data/glossary.json from data/terms.yaml, data/sources.json and seeds/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary, GlossaryBuildError } from '../lib/glossary/build/build';
import { GLOSSARY_FILE, loadInputs, serializeGlossary } from '../lib/glossary/build/load';
import { glossarySize } from '../lib/glossary/build/size';

const root = join(import.meta.dirname, '..');
try {
  const notices: string[] = [];
  const glossary = buildGlossary({ ...loadInputs(root), notices });
  writeFileSync(join(root, GLOSSARY_FILE), serializeGlossary(glossary));
  const excerpts = glossary.terms.reduce((n, t) => n + t.excerpts.length, 0);
  console.log(`glossary: ${glossary.terms.length} terms, ${excerpts} excerpts, ${glossary.sources.length} sources → ${GLOSSARY_FILE}`);
  console.log(glossarySize(glossary));
  // Everyday forms no person has given words of their own: the dictionaries' call, to review in data/senses.yaml.
  const unread = glossary.terms.flatMap((t) => (t.collocations || t.compounds ? [] : (t.senseForms ?? [])));
  const everyday = glossary.terms.reduce((n, t) => n + (t.senseForms?.length ?? 0), 0);
  console.log(`everyday forms: ${everyday}; without compounds or collocations (review in data/senses.yaml): ${unread.join(' ') || 'none'}`);
  for (const notice of notices) console.log(`note: ${notice}`);
} catch (error) {
  console.error(error instanceof GlossaryBuildError ? error.message : `glossary build failed: ${(error as Error).message}`);
  process.exit(1);
}
