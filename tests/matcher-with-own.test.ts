import { describe, expect, it } from 'vitest';
import { ownTermOf } from '../lib/db/own-terms';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../lib/matcher/entries';
import { termsWithOwn } from '../lib/matcher/with-own';

const bundled: MatchableTerm[] = [
  { id: 'edge', forms: ['端侧'], caseSensitive: false, exclude: [] },
  { id: 'llm', forms: ['大模型', '大模型們'], caseSensitive: false, exclude: [] },
  { id: 'maas', forms: ['MaaS'], caseSensitive: true, exclude: [] },
];
const own = [ownTermOf({ term: '端侧模型', english: 'on-device model' }, 1), ownTermOf({ term: 'MaaS', forms: ['模型即服务'], english: 'model as a service' }, 1)];

const found = (terms: MatchableTerm[], text: string) =>
  compileMatcher(entriesOfTerms(terms))
    .matchAll(text)
    .map((m) => [terms[m.termIndex]!.id, text.slice(m.start, m.end)]);

describe('page matcher with own terms', () => {
  it('puts own terms first and gives them any form a bundled term shares, dropping a bundled term left with none', () => {
    const table = termsWithOwn(bundled, own, new Set());
    expect(table.map((t) => t.id)).toEqual([own[0]!.id, own[1]!.id, 'edge', 'llm']);
    expect(table.map((t) => t.caseSensitive)).toEqual([false, true, false, false]);
    expect(found(table, '端侧模型和端侧，MaaS 即模型即服务，大模型')).toEqual([
      [own[0]!.id, '端侧模型'],
      ['edge', '端侧'],
      [own[1]!.id, 'MaaS'],
      [own[1]!.id, '模型即服务'],
      ['llm', '大模型'],
    ]);
  });

  it('does NOT match hidden (ignored) terms, own or bundled', () => {
    const table = termsWithOwn(bundled, own, new Set([own[0]!.id, 'llm']));
    expect(table.map((t) => t.id)).toEqual([own[1]!.id, 'edge']);
    expect(found(table, '端侧模型，大模型')).toEqual([['edge', '端侧']]);
  });
});

describe('page matcher with damaged own terms', () => {
  it('leaves out an own term the matcher cannot take and keeps every other term', () => {
    const damaged = [
      { ...ownTermOf({ term: '坏编号' }, 1), id: 'own-NOT AN ID' },
      { ...ownTermOf({ term: '太多写法' }, 1), forms: Array.from({ length: 65 }, (_, i) => `写法${i}`) },
      { ...ownTermOf({ term: '空写法' }, 1), forms: ['空写法', ''] },
      ownTermOf({ term: '端侧模型' }, 1),
    ];
    const table = termsWithOwn(bundled, damaged, new Set());
    expect(table.map((t) => t.id)).toEqual([damaged[3]!.id, 'edge', 'llm', 'maas']);
    expect(found(table, '坏编号、写法1、空写法、端侧模型和大模型')).toEqual([[damaged[3]!.id, '端侧模型'], ['llm', '大模型']]);
  });
});
