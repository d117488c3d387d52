import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { buildLayout, compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms } from '../lib/matcher/entries';
import { ASK_RULES, layoutForMessage, type LayoutMessage } from '../lib/matcher/layout';
import { matcherOf } from '../lib/matcher/matcher';
import { parsePageMatcher, parseRequest } from '../lib/messages';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const table = { ids: glossary.terms.map((term) => term.id) };
const realEntries = entriesOfTerms(glossary.terms);
const seedText = glossary.sources.map((source) => readFileSync(join(import.meta.dirname, '..', 'seeds', source.file), 'utf8'));
/** The background's reply for the real glossary, as Chrome carries it (JSON); `good()` is a fresh copy as a frame receives it. */
const sent = JSON.stringify({ ids: table.ids, layout: layoutForMessage(buildLayout(realEntries)) });
const good = () => JSON.parse(sent) as { ids: unknown[]; layout: LayoutMessage };

describe('the matcher the background sends', () => {
  it('finds exactly what a matcher compiled in place finds: the real glossary over the five seeds', () => {
    const fromMessage = matcherOf(parsePageMatcher(good())!.layout);
    const inPlace = compileMatcher(realEntries);
    let total = 0;
    for (const text of seedText) {
      const expected = inPlace.matchAll(text);
      expect(fromMessage.matchAll(text)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(500);
    expect(fromMessage.nodeCount).toBe(inPlace.nodeCount);
  });
});

describe('checking a page matcher on arrival', () => {
  it('accepts what the background sends', () => {
    expect(parsePageMatcher(good())?.ids).toEqual(table.ids);
  });

  it('refuses a reply of the wrong shape, or one that could give a term index past the ids', () => {
    const broken: [string, (m: ReturnType<typeof good>) => void][] = [
      ['no ids', (m) => delete (m as Partial<typeof m>).ids],
      ['an id that is not a string', (m) => (m.ids[0] = 7)],
      ['no layout', (m) => delete (m as Partial<typeof m>).layout],
      ['an array that is not an array', (m) => (m.layout.childNode = { length: m.layout.nodeCount - 1 } as unknown as number[])],
      ['a typed array (a message never carries one)', (m) => (m.layout.childNode = new Int32Array(m.layout.childNode) as unknown as number[])],
      ['a node count that disagrees with the arrays', (m) => (m.layout.nodeCount += 1)],
      ['pairs cut in half', (m) => (m.layout.rootPairs = m.layout.rootPairs.slice(1))],
      ['a term index past the ids', (m) => (m.layout.acceptAs[1] = m.ids.length)],
      ['an accept value below ASK_RULES', (m) => (m.layout.acceptAs[1] = -3)],
      ['a rule node without its rules', (m) => (m.layout.rules = m.layout.rules.slice(1))],
      ['rules for a node that does not ask', (m) => (m.layout.rules[0]![0] = m.layout.acceptAs.indexOf(-1, 1))],
      ['a rule with a term index past the ids', (m) => (m.layout.rules[0]![1][0]!.termIndex = m.ids.length)],
      ['an exclusion offset outside its context', (m) => {
        const withExclusion = m.layout.rules.flatMap(([, outputs]) => outputs).find((o) => o.exclusions)!;
        withExclusion.exclusions![0]!.at = -1;
      }],
      ['a filter size out of range', (m) => (m.layout.pairBitsLog2 = 40)],
    ];
    expect(good().layout.acceptAs.indexOf(ASK_RULES)).toBeGreaterThan(0);
    for (const [what, breakIt] of broken) {
      const m = good();
      breakIt(m);
      expect(parsePageMatcher(m), what).toBeUndefined();
    }
  });

  it('a reply with any one number changed is refused, or scans without throwing and within the text (fast-check)', () => {
    const arrays = ['childStart', 'childNode', 'childChar', 'rootPairs', 'pairWords', 'acceptAs'] as const;
    const text = seedText[0]!.slice(0, 3000);
    fc.assert(
      fc.property(fc.constantFrom(...arrays), fc.nat(), fc.oneof(fc.integer({ min: -3, max: 70_000 }), fc.double(), fc.constant('7')), (field, at, value) => {
        const m = good();
        const array: unknown[] = m.layout[field];
        array[at % array.length] = value;
        const parsed = parsePageMatcher(m);
        if (!parsed) return;
        const outside = matcherOf(parsed.layout)
          .matchAll(text)
          .filter((hit) => !(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length && hit.termIndex >= 0 && hit.termIndex < table.ids.length));
        expect(outside).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('is asked for by name; the old request is no longer served', () => {
    expect(parseRequest({ type: 'get-page-matcher' })).toEqual({ type: 'get-page-matcher' });
    expect(parseRequest({ type: 'get-match-table' })).toBeUndefined();
  });
});
