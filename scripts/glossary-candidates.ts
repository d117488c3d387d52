/**
 * `npm run glossary:candidates -- <files or folders> [--min-count N] [--min-cohesion B]
 * [--min-entropy B] [--top N] [--out file.tsv]`: strings of Chinese articles (.txt, .html, in any
 * encoding the Reader reads) that are probably terms the glossary lacks, ranked, as TSV for a person
 * to review (data/README.md). Writes to stdout unless --out is given; says what it read on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { candidatesTsv, DEFAULT_MINING, mineCandidates } from '../lib/glossary/build/candidates/mine';
import { dictionariesOf } from '../lib/glossary/build/candidates/dictionaries';
import { jiebaDictionary } from '../lib/glossary/build/segmenter';
import type { Glossary } from '../lib/glossary/types';
import { readArticles } from '../lib/glossary/build/candidates/read-articles';
import { readCedictPackage } from './cedict-source';

const ROOT = join(import.meta.dirname, '..');

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

  const { articles: files, skipped } = await readArticles(positionals);
  for (const file of skipped) console.error(`skipped (binary): ${file}`);
  for (const { file, encoding } of files.filter((f) => f.guessed)) console.error(`${file}: encoding guessed as ${encoding}`);
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
