/**
 * The labelled sense corpus (tests/fixtures/sense-corpus/*.jsonl): real sentences and short
 * paragraphs, each one page, with the exact glossary marks a reader should see and the everyday
 * uses of glossary forms that must stay unmarked. Format in data/README.md ("The sense corpus").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'sense-corpus');

/** `tech` is technology writing; every other domain is everyday text. */
export const DOMAINS = ['tech', 'novel', 'finance', 'sports', 'cooking', 'medicine', 'law', 'news', 'life', 'culture', 'engineering', 'history', 'education'] as const;
export type Domain = (typeof DOMAINS)[number];

/** A form the page should mark as `term`, at `at` (a UTF-16 offset into the item's text). */
export interface ExpectedMark {
  term: string;
  form: string;
  at: number;
}

/** A glossary form used in its everyday sense (or inside another word): it must stay unmarked. */
export interface TrapLabel {
  form: string;
  at: number;
}

export interface CorpusItem {
  id: string;
  domain: Domain;
  script: 'Hans' | 'Hant';
  /** Where the text was published: a URL, or a repository file and line. */
  source: string;
  /** Verbatim. A "\n" separates the blocks (paragraphs) of a multi-paragraph page. */
  text: string;
  marks: ExpectedMark[];
  traps: TrapLabel[];
  /** Why the labels are what they are, where that is not plain. */
  note?: string;
}

/** Reads every .jsonl file of the corpus, in file-name order; throws on a malformed line. */
export function readCorpus(dir = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const problem = (why: string) => new Error(`${name}:${i + 1}: ${why}`);
      const item = JSON.parse(line) as CorpusItem;
      const wrong = labelProblem(item);
      if (wrong) throw problem(wrong);
      items.push(item);
    });
  }
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`sense corpus: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return items;
}

/** What is wrong with an item's shape or labels, or undefined. */
export function labelProblem(item: CorpusItem): string | undefined {
  if (typeof item.id !== 'string' || !/^[a-z0-9-]+$/.test(item.id)) return `bad id ${JSON.stringify(item.id)}`;
  if (!DOMAINS.includes(item.domain)) return `${item.id}: unknown domain ${item.domain}`;
  if (item.script !== 'Hans' && item.script !== 'Hant') return `${item.id}: script must be Hans or Hant`;
  if (typeof item.source !== 'string' || item.source.length === 0) return `${item.id}: no source`;
  if (typeof item.text !== 'string' || item.text.length === 0) return `${item.id}: no text`;
  if (!Array.isArray(item.marks) || !Array.isArray(item.traps)) return `${item.id}: marks and traps must be arrays`;
  const spans: [number, number][] = [];
  for (const label of [...item.marks, ...item.traps]) {
    if (item.text.slice(label.at, label.at + label.form.length) !== label.form) return `${item.id}: "${label.form}" is not at ${label.at}`;
    spans.push([label.at, label.at + label.form.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < spans.length; k++) if (spans[k]![0] < spans[k - 1]![1]) return `${item.id}: labels overlap at ${spans[k]![0]}`;
  return undefined;
}

/** Non-tech text is every domain but `tech`. */
export const isTech = (item: CorpusItem) => item.domain === 'tech';

/**
 * The fixed split: an item's id decides it (FNV-1a), so adding items never moves the others.
 * About half is `test` (the figures the tests assert); rules are tuned on `dev`.
 */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'test' : 'dev';
}
