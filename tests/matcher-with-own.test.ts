import { describe, expect, it } from 'vitest';
import { ownTermOf } from '../lib/db/own-terms';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTable } from '../lib/matcher/entries';
import { matchTableWithOwn } from '../lib/matcher/with-own';
import type { MatchTable } from '../lib/messages';

const bundled: MatchTable = {
  ids: ['edge', 'llm', 'maas'],
  forms: [['端侧'], ['大模型', '大模型們'], ['MaaS']],
  caseSensitive: [false, false, true],
  exclude: [[], [], []],
};
const own = [ownTermOf({ term: '端侧模型', english: 'on-device model' }, 1), ownTermOf({ term: 'MaaS', forms: ['模型即服务'], english: 'model as a service' }, 1)];

const found = (table: MatchTable, text: string) =>
  compileMatcher(entriesOfTable(table))
    .matchAll(text)
    .map((m) => [table.ids[m.termIndex], text.slice(m.start, m.end)]);

describe('page matcher with own terms', () => {
  it('puts own terms first and gives them any form a bundled term shares, dropping a bundled term left with none', () => {
    const table = matchTableWithOwn(bundled, own, new Set());
    expect(table.ids).toEqual([own[0]!.id, own[1]!.id, 'edge', 'llm']);
    expect(table.caseSensitive).toEqual([false, true, false, false]);
    expect(found(table, '端侧模型和端侧，MaaS 即模型即服务，大模型')).toEqual([
      [own[0]!.id, '端侧模型'],
      ['edge', '端侧'],
      [own[1]!.id, 'MaaS'],
      [own[1]!.id, '模型即服务'],
      ['llm', '大模型'],
    ]);
  });

  it('does NOT match hidden (ignored) terms, own or bundled', () => {
    const table = matchTableWithOwn(bundled, own, new Set([own[0]!.id, 'llm']));
    expect(table.ids).toEqual([own[1]!.id, 'edge']);
    expect(found(table, '端侧模型，大模型')).toEqual([['edge', '端侧']]);
  });
});
