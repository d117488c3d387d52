import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchTableOf } from '../lib/glossary/payloads';
import type { Glossary } from '../lib/glossary/types';
import { buildLayout, compileMatcher, type MatcherEntry } from '../lib/matcher/compile';
import { entriesOfTable } from '../lib/matcher/entries';
import { ASK_RULES, layoutForMessage, type MatcherLayout } from '../lib/matcher/layout';
import { matcherOf } from '../lib/matcher/matcher';
import { parsePageMatcher, parseRequest } from '../lib/messages';
import { foldText } from '../lib/text/fold';

/** What a frame gets: the background's layout through a message (Chrome: JSON), checked on arrival. */
function throughMessage(entries: readonly MatcherEntry[], termCount: number) {
  const ids = Array.from({ length: termCount }, (_, i) => `term-${i}`);
  const sent = JSON.parse(JSON.stringify({ ids, layout: layoutForMessage(buildLayout(entries)) }));
  return parsePageMatcher(sent);
}

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const table = matchTableOf(glossary);
const realEntries = entriesOfTable(table);
const seedText = glossary.sources.map((source) => readFileSync(join(import.meta.dirname, '..', 'seeds', source.file), 'utf8'));

describe('the matcher the background sends', () => {
  it('finds exactly what a matcher compiled in place finds: the real glossary over the five seeds', () => {
    const received = throughMessage(realEntries, table.ids.length)!;
    const fromMessage = matcherOf(received.layout);
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

  it('finds exactly what a matcher compiled in place finds, for random glossaries and text (fast-check)', () => {
    const alphabet = ['全', '模', '态', '大', '型', '可', '灵', '活', 'A', 'a', 'S', 's', 'I', '1', '-', '—', 'Ａ', 'ｓ', '·', '・', '+', '﹢', ' '];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ form: word, caseSensitive: fc.boolean(), exclude: fc.array(word, { maxLength: 2 }) }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join('')),
        (specs, text) => {
          const entries = specs.map((s, i) => ({
            form: foldText(s.form),
            termIndex: i,
            caseSensitive: s.caseSensitive,
            exclude: s.exclude.map(foldText).filter((x) => x.includes(foldText(s.form))),
          }));
          const received = throughMessage(entries, entries.length);
          expect(received).toBeDefined();
          expect(matcherOf(received!.layout).matchAll(text)).toEqual(compileMatcher(entries).matchAll(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('checking a page matcher on arrival', () => {
  const sent = JSON.stringify({ ids: table.ids, layout: layoutForMessage(buildLayout(realEntries)) });
  const good = () => JSON.parse(sent) as { ids: unknown[]; layout: MatcherLayout & Record<string, unknown> };
  const askRulesNode = (layout: MatcherLayout) => Array.from(layout.acceptAs).indexOf(ASK_RULES);

  it('accepts what the background sends', () => {
    expect(parsePageMatcher(good())?.ids).toEqual(table.ids);
  });

  it('refuses a reply of the wrong shape, or one that could give a term index past the ids', () => {
    const broken: [string, (m: ReturnType<typeof good>) => void][] = [
      ['no ids', (m) => delete (m as Partial<typeof m>).ids],
      ['an id that is not a string', (m) => (m.ids[0] = 7)],
      ['no layout', (m) => delete (m as Partial<typeof m>).layout],
      ['an array that is not an array', (m) => (m.layout.childNode = { length: m.layout.nodeCount - 1 } as unknown as number[])],
      ['a node count that disagrees with the arrays', (m) => (m.layout.nodeCount += 1)],
      ['pairs cut in half', (m) => (m.layout.rootPairs = Array.from(m.layout.rootPairs).slice(1))],
      ['a term index past the ids', (m) => ((m.layout.acceptAs as number[])[1] = m.ids.length)],
      ['an accept value below ASK_RULES', (m) => ((m.layout.acceptAs as number[])[1] = -3)],
      ['a rule node without its rules', (m) => (m.layout.rules = m.layout.rules.slice(1))],
      ['rules for a node that does not ask', (m) => (m.layout.rules[0]![0] = Array.from(m.layout.acceptAs).indexOf(-1, 1))],
      ['a rule with a term index past the ids', (m) => (m.layout.rules[0]![1][0]!.termIndex = m.ids.length)],
      ['an exclusion offset outside its context', (m) => {
        const withExclusion = m.layout.rules.flatMap(([, outputs]) => outputs).find((o) => o.exclusions)!;
        withExclusion.exclusions![0]!.at = -1;
      }],
      ['a filter size out of range', (m) => (m.layout.pairBitsLog2 = 40)],
    ];
    expect(askRulesNode(good().layout)).toBeGreaterThan(0);
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
        const array = m.layout[field] as unknown[];
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
