/**
 * `npm run glossary:candidates -- <files or folders> [--min-count N] [--min-cohesion B]
 * [--min-entropy B] [--top N] [--out file.tsv]`: strings of Chinese articles (.txt, .html, in any
 * encoding the Reader reads) that are probably terms the glossary lacks, ranked, as TSV for a person
 * to review (data/README.md). Writes to stdout unless --out is given; says what it read on stderr.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { candidatesTsv, DEFAULT_MINING, mineCandidates } from '../lib/glossary/candidates/mine';
import { dictionariesOf } from '../lib/glossary/candidates/dictionaries';
import { jiebaDictionary } from '../lib/glossary/segmenter';
import type { Glossary } from '../lib/glossary/types';
import { decodeBytes, looksBinary } from '../lib/text/decode';
import { htmlToText } from '../lib/text/html-text';
import { readCedictPackage } from './cedict-source';

const ROOT = join(import.meta.dirname, '..');
const TEXT_FILE = /\.(txt|html?|xhtml)$/i;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      return entry.isDirectory() ? filesUnder(full) : TEXT_FILE.test(entry.name) ? [full] : [];
    });
}

/** A file's text as the side panel's Reader would read it: its encoding found or guessed, HTML reduced to text. */
async function readArticle(file: string): Promise<string | undefined> {
  const bytes = new Uint8Array(readFileSync(file));
  if (looksBinary(bytes)) {
    console.error(`skipped (binary): ${file}`);
    return undefined;
  }
  const html = /\.x?html?$/i.test(extname(file));
  const decoded = await decodeBytes(bytes, { html });
  if (decoded.guessed) console.error(`${file}: encoding guessed as ${decoded.encoding}`);
  return html ? htmlToText(decoded.text) : decoded.text;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'min-count': { type: 'string' },
      'min-cohesion': { type: 'string' },
      'min-entropy': { type: 'string' },
      top: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new Error('give the articles: npm run glossary:candidates -- <files or folders>');
  const number = (value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${value}`);
    return n;
  };
  const options = {
    ...DEFAULT_MINING,
    minCount: number(values['min-count'], DEFAULT_MINING.minCount),
    minCohesion: number(values['min-cohesion'], DEFAULT_MINING.minCohesion),
    minEntropy: number(values['min-entropy'], DEFAULT_MINING.minEntropy),
  };

  const files: { file: string; text: string }[] = [];
  for (const path of positionals.flatMap(filesUnder)) {
    const text = await readArticle(path);
    if (text !== undefined) files.push({ file: relative(process.cwd(), path) || path, text });
  }
  const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as Glossary;
  const { data: cedict } = await readCedictPackage(ROOT);
  const dictionaries = dictionariesOf({
    glossaryForms: glossary.terms.flatMap((t) => t.forms),
    jieba: jiebaDictionary(),
    cedict: cedict.all as unknown as DictionaryRows,
  });
  const candidates = mineCandidates(files, dictionaries, options);
  const top = number(values.top, Infinity);
  const tsv = candidatesTsv(candidates.slice(0, top));
  if (values.out) writeFileSync(values.out, tsv);
  else process.stdout.write(tsv);
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  console.error(`glossary:candidates: ${files.length} files, ${chars.toLocaleString('en')} characters → ${candidates.length} candidates${values.out ? ` in ${values.out}` : ''}`);
}

type DictionaryRows = Parameters<typeof dictionariesOf>[0]['cedict'];

main().catch((error: Error) => {
  console.error(`glossary:candidates: ${error.message}`);
  process.exit(1);
});
