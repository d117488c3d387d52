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
import { packInts, unpackInts } from '../lib/matcher/packed-ints';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const table = { ids: glossary.terms.map((term) => term.id) };
const realEntries = entriesOfTerms(glossary.terms);
const seedText = glossary.sources.map((source) => readFileSync(join(import.meta.dirname, '..', 'seeds', source.file), 'utf8'));
/** The background's reply for the real glossary, as Chrome carries it (JSON); `good()` is a fresh copy as a frame receives it. */
const sent = JSON.stringify({ ids: table.ids, layout: layoutForMessage(buildLayout(realEntries)) });
const good = () => JSON.parse(sent) as { ids: unknown[]; layout: LayoutMessage };
type NumberField = 'childStart' | 'childNode' | 'childChar' | 'rootPairs' | 'pairWords' | 'acceptAs';
/** A packed array of a reply read as numbers, changed by `change`, and packed again. */
const edit = (m: ReturnType<typeof good>, field: NumberField, change: (numbers: number[]) => unknown[]) => {
  m.layout[field] = packInts(new Int32Array(change(Array.from(unpackInts(m.layout[field])!)) as number[]));
};
const numbers = (m: ReturnType<typeof good>, field: NumberField) => Array.from(unpackInts(m.layout[field])!);

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
      ['an array that is not packed', (m) => (m.layout.childNode = { length: m.layout.nodeCount - 1 } as unknown as string)],
      ['an array of numbers (the old message)', (m) => (m.layout.childNode = numbers(m, 'childNode') as unknown as string)],
      ['a typed array (a message never carries one)', (m) => (m.layout.childNode = unpackInts(m.layout.childNode) as unknown as string)],
      ['a packed array that is not base64', (m) => (m.layout.childStart = '*' + m.layout.childStart.slice(1))],
      ['a packed array cut by a byte', (m) => (m.layout.childChar = btoa(atob(m.layout.childChar).slice(1)))],
      ['a packed array one number short', (m) => edit(m, 'childNode', (xs) => xs.slice(1))],
      ['a node count that disagrees with the arrays', (m) => (m.layout.nodeCount += 1)],
      ['pairs cut in half', (m) => edit(m, 'rootPairs', (xs) => xs.slice(1))],
      ['a term index past the ids', (m) => edit(m, 'acceptAs', (xs) => ((xs[1] = m.ids.length), xs))],
      ['an accept value below ASK_RULES', (m) => edit(m, 'acceptAs', (xs) => ((xs[1] = -3), xs))],
      ['a rule node without its rules', (m) => (m.layout.rules = m.layout.rules.slice(1))],
      ['rules for a node that does not ask', (m) => (m.layout.rules[0]![0] = numbers(m, 'acceptAs').indexOf(-1, 1))],
      ['a rule with a term index past the ids', (m) => (m.layout.rules[0]![1][0]!.termIndex = m.ids.length)],
      ['an exclusion offset outside its context', (m) => {
        const withExclusion = m.layout.rules.flatMap(([, outputs]) => outputs).find((o) => o.exclusions)!;
        withExclusion.exclusions![0]!.at = -1;
      }],
      ['a filter size out of range', (m) => (m.layout.pairBitsLog2 = 40)],
    ];
    expect(numbers(good(), 'acceptAs').indexOf(ASK_RULES)).toBeGreaterThan(0);
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
      fc.property(fc.constantFrom(...arrays), fc.nat(), fc.integer({ min: -3, max: 70_000 }), (field, at, value) => {
        const m = good();
        edit(m, field, (xs) => ((xs[at % xs.length] = value), xs));
        const parsed = parsePageMatcher(m);
        if (!parsed) return;
        const outside = matcherOf(parsed.layout)
          .matchAll(text)
          .filter((hit) => !(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length && hit.termIndex >= 0 && hit.termIndex < table.ids.length));
        expect(outside).toEqual([]);
      }),
      { seed: 42, numRuns: 400 },
    );
  }, 120_000);

  it('a reply with its packed text changed at random is refused, or scans without throwing and within the text (fast-check)', () => {
    const arrays = ['childStart', 'childNode', 'childChar', 'rootPairs', 'pairWords', 'acceptAs'] as const;
    const text = seedText[0]!.slice(0, 3000);
    const base64Char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ *é\u0000'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...arrays), fc.nat(), fc.nat({ max: 4 }), fc.string({ unit: base64Char, maxLength: 8 }), (field, at, cut, insert) => {
        const m = good();
        const packed = m.layout[field];
        const i = at % (packed.length + 1);
        m.layout[field] = packed.slice(0, i) + insert + packed.slice(i + cut);
        const parsed = parsePageMatcher(m);
        if (!parsed) return;
        const outside = matcherOf(parsed.layout)
          .matchAll(text)
          .filter((hit) => !(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length && hit.termIndex >= 0 && hit.termIndex < table.ids.length));
        expect(outside).toEqual([]);
      }),
      { seed: 7, numRuns: 150 },
    );
  }, 120_000);

  it('is asked for by name; the old request is no longer served', () => {
    expect(parseRequest({ type: 'get-page-matcher' })).toEqual({ type: 'get-page-matcher' });
    expect(parseRequest({ type: 'get-match-table' })).toBeUndefined();
  });
});

describe('packed number arrays', () => {
  it('give back exactly the numbers packed, of any size and sign (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), (xs) => {
        expect(Array.from(unpackInts(packInts(new Int32Array(xs)))!)).toEqual(xs);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('refuse what is not a packed array, without throwing', () => {
    for (const value of [undefined, null, 7, [1, 2], {}, 'AAA', 'AAA=', '!!!!', 'AAAAAAAA\u4e00AAA', 'AA=A']) {
      expect(unpackInts(value), String(value)).toBeUndefined();
    }
    expect(Array.from(unpackInts('')!)).toEqual([]);
    expect(Array.from(unpackInts(packInts(new Int32Array([-1, 0, 2 ** 31 - 1])))!)).toEqual([-1, 0, 2 ** 31 - 1]);
  });
});
