import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTermIds, joinTermIds, ownTermCount, parseTermIds, TERM_ID, termIdsOf } from '../lib/matcher/term-ids';
import { parsePageMatcher } from '../lib/messages';
import { buildLayout } from '../lib/matcher/compile';
import { layoutForMessage } from '../lib/matcher/layout';

/** Ids that are prefixes, suffixes and middles of each other: a search must take whole ids only. */
const tricky = ['ai', 'ai-agent', 'agent', 'own-0123456789abcdef', 'gen', 'ai-agent-2', 'a', 'own-0123456789abcde'];

const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-');
const anId = fc.string({ unit: idChar, minLength: 1, maxLength: 80 });
/** Mostly short ids from a small alphabet, so ids repeat and nest inside each other. */
const shortId = fc.string({ unit: fc.constantFrom('a', 'b', '-', '1'), minLength: 1, maxLength: 4 });

describe('term ids kept as one string', () => {
  it('gives each id by index and each index by id, whole ids only', () => {
    const ids = termIdsOf(tricky);
    expect(ids.count).toBe(8);
    expect(allTermIds(ids)).toEqual(tricky);
    expect(tricky.map((id) => ids.indexOf(id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Parts of ids, ids not there, and text that is no id are not found.
    expect(['ag', 'agent-2', 'i', 'own-0123456789abcd', 'ai-agent-3', 'b', '', 'AI', 'ai\nagent'].map((id) => ids.indexOf(id))).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1]);
    expect([-1, 8, 1.5, Number.NaN].map((i) => ids.at(i))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('finds the indexes of a few ids by search, and of many in one pass, the same', () => {
    const many = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `own-${i.toString(16).padStart(16, '0')}` : `synthetic-${i}`));
    const ids = termIdsOf(many);
    const few = ['synthetic-1', 'synthetic-299', 'own-0000000000000000', 'synthetic-3', 'missing'];
    expect([...ids.indexesOf(few)].sort((a, b) => a - b)).toEqual([0, 1, 299]);
    const lots = [...many.filter((_, i) => i % 7 === 2), 'synthetic-30', 'synthetic-3000', 'Bad Id', 'own-'];
    expect([...ids.indexesOf(lots)].sort((a, b) => a - b)).toEqual(many.flatMap((_, i) => (i % 7 === 2 ? [i] : [])));
    expect(lots.length).toBeGreaterThan(8);
  });

  it('holds no ids for an empty string', () => {
    const ids = parseTermIds('')!;
    expect([ids.count, ids.at(0), ids.indexOf('a'), ids.indexesOf(['a']).size]).toEqual([0, undefined, -1, 0]);
  });

  it('refuses a string that is not ids joined by line breaks', () => {
    const long = 'x'.repeat(81);
    const refused: [string, unknown][] = [
      ['not a string', 42],
      ['an array', ['ai', 'agent']],
      ['nothing', undefined],
      ['a separator first', '\nai\nagent'],
      ['a separator last', 'ai\nagent\n'],
      ['an empty id between', 'ai\n\nagent'],
      ['a separator alone', '\n'],
      ['a capital', 'ai\nAgent'],
      ['a space', 'ai agent\nb'],
      ['a carriage return', 'ai\r\nagent'],
      ['a Chinese character', 'ai\n智能体'],
      ['an id over 80 characters', `ai\n${long}\nagent`],
      ['a comma as separator', 'ai,agent'],
    ];
    for (const [what, value] of refused) expect(parseTermIds(value), what).toBeUndefined();
    expect(allTermIds(parseTermIds(`ai\n${long.slice(1)}`)!)).toEqual(['ai', long.slice(1)]);
    expect(() => joinTermIds(['ai', 'a\nb'])).toThrow();
  });

  it('refuses a page matcher whose ids are malformed, and takes the same matcher with them well formed', () => {
    const layout = JSON.parse(JSON.stringify(layoutForMessage(buildLayout([{ form: '智能体', termIndex: 1, caseSensitive: false }])))) as unknown;
    expect(allTermIds(parsePageMatcher({ ids: 'ai\nagent', layout })!.ids)).toEqual(['ai', 'agent']);
    // Malformed, or one id short of the layout's term index 1.
    for (const ids of ['ai\n\nagent', 'ai\nAgent', ['ai', 'agent'], 7, 'ai']) expect(parsePageMatcher({ ids, layout }), JSON.stringify(ids)).toBeUndefined();
  });

  it('reads back any list of ids, by index and by id (fast-check)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(anId, shortId), { maxLength: 60 }), fc.array(fc.oneof(anId, shortId), { maxLength: 20 }), (list, asked) => {
        const ids = parseTermIds(joinTermIds(list))!;
        expect(ids.count).toBe(list.length);
        expect(allTermIds(ids)).toEqual(list);
        for (const id of [...list, ...asked]) expect(ids.indexOf(id)).toBe(list.indexOf(id));
        // indexesOf: a search per id for a few, one pass for many; the same indexes either way.
        const everyIndex = (wanted: string[]) => list.flatMap((id, i) => (wanted.includes(id) ? [i] : []));
        expect([...ids.indexesOf(asked)].sort((a, b) => a - b)).toEqual(everyIndex(asked));
        expect([...ids.indexesOf([...list, ...asked])].sort((a, b) => a - b)).toEqual(everyIndex([...list, ...asked]));
      }),
      { seed: 19, numRuns: 300 },
    );
  }, 60_000);

  it('accepts a string exactly when every line is an id (fast-check, strings from ids and the characters that break them)', () => {
    const unit = fc.constantFrom('a', 'b', '7', '-', '\n', '\n', ' ', 'A', '\r', '界', ',');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.array(anId, { minLength: 1, maxLength: 5 }).map((l) => l.join('\n'))), (text) => {
        const ids = parseTermIds(text);
        const lines = text === '' ? [] : text.split('\n');
        expect(ids !== undefined, JSON.stringify(text)).toBe(lines.every((line) => TERM_ID.test(line)));
        if (ids) expect(allTermIds(ids)).toEqual(lines);
      }),
      { seed: 1919, numRuns: 500 },
    );
  }, 60_000);

  it('counts the own terms a page matcher lists first: none, some, all', () => {
    const own = (n: number) => Array.from({ length: n }, (_, i) => `own-${i.toString(16).padStart(16, '0')}`);
    expect(ownTermCount(termIdsOf([]))).toBe(0);
    expect(ownTermCount(termIdsOf(['maas', 'owner-economy', 'moe']))).toBe(0);
    expect(ownTermCount(termIdsOf([...own(3), 'maas', 'moe']))).toBe(3);
    expect(ownTermCount(termIdsOf([...own(1000), ...Array.from({ length: 17 }, (_, i) => `synthetic-${i}`)]))).toBe(1000);
    expect(ownTermCount(termIdsOf(own(5)))).toBe(5);
  });
});
