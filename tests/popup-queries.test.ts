/**
 * The popup's search measured on real queries (tests/fixtures/popup-queries.tsv: numbered pinyin,
 * tone marks, initials, typos, English, Traditional, across the nine domains), each with the term a
 * reader means. Every first result is asserted; the hit rate per kind of query is printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { createSearch } from '../lib/search';

const root = join(import.meta.dirname, '..');
const glossary = JSON.parse(readFileSync(join(root, 'data/glossary.json'), 'utf8')) as Glossary;
const search = createSearch(glossary);

const QUERIES = readFileSync(join(root, 'tests/fixtures/popup-queries.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [query: string, expected: string, kind: string]);

const hits = new Map<string, [hit: number, total: number]>();

describe('the popup search on real queries', () => {
  it('holds at least 60 queries, each naming a glossary term', () => {
    const names = new Set(glossary.terms.map((t) => t.term));
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(QUERIES.filter(([, expected]) => !expected.split('|').every((name) => names.has(name)))).toEqual([]);
  });

  // "a|b": a query two terms answer equally (xhs: 小红书 and 新华三), either first is right.
  it.each(QUERIES)('%j finds %s first (%s)', (query, expected, kind) => {
    const first = search(query)[0]?.term;
    const right = expected.split('|');
    const [hit, total] = hits.get(kind.split(' (')[0]!) ?? [0, 0];
    hits.set(kind.split(' (')[0]!, [hit + (first !== undefined && right.includes(first) ? 1 : 0), total + 1]);
    expect(right).toContain(first);
  });

  afterAll(() => {
    const all = [...hits.values()].reduce(([h, t], [hh, tt]) => [h + hh, t + tt], [0, 0]);
    const lines = [...hits].map(([kind, [hit, total]]) => `  ${kind}: ${hit}/${total}`);
    console.log(`popup queries: ${all[0]}/${all[1]} first results right (${((100 * all[0]) / all[1]).toFixed(1)}%)\n${lines.join('\n')}`);
  });
});
