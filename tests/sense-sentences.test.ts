/** The real glossary's page matcher on ordinary sentences (traps) and real uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms } from '../lib/matcher/entries';
import { REAL_USES, TRAPS } from './fixtures/sense-sentences';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const matcher = compileMatcher(entriesOfTerms(glossary.terms));
const marks = (text: string) => matcher.matchAll(text).map((m) => text.slice(m.start, m.end));

describe('the real glossary on ordinary sentences', () => {
  it('has at least 60 traps and 40 real uses', () => {
    expect(TRAPS.length).toBeGreaterThanOrEqual(60);
    expect(REAL_USES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TRAPS.map((c) => [c.text, c.why] as const))('does NOT mark anything in "%s" (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each(REAL_USES.map((c) => [c.text, c.why, c.marks] as const))('marks "%s" (%s) exactly', (text, _why, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('marks the slogans when asked to include unmarked terms', () => {
    const all = compileMatcher(entriesOfTerms(glossary.terms, { includeUnmarked: true }));
    const text = '我们今年要降本增效，推进乡村振兴。';
    expect(all.matchAll(text).map((m) => text.slice(m.start, m.end))).toEqual(['降本增效', '乡村振兴']);
  });
});
