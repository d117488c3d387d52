import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupByCategory, matchesFilter, pageTermList, pinyinKey } from '../lib/glossary/browse';
import { parseGlossary } from '../lib/glossary/parse';

const glossary = parseGlossary(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')));
const term = (name: string) => glossary.terms.find((t) => t.term === name)!;

describe('browsing the glossary', () => {
  it('groups every term under its category, in the glossary\'s category order, sorted by pinyin', () => {
    const groups = groupByCategory(glossary);
    expect(groups.map((g) => g.category.id)).toEqual(glossary.categories.map((c) => c.id));
    expect(groups.reduce((n, g) => n + g.terms.length, 0)).toBe(glossary.terms.length);
    for (const g of groups) {
      const keys = g.terms.map(pinyinKey);
      expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('filters by either script, English and pinyin', () => {
    expect(matchesFilter(term('全模态大模型'), '全模態')).toBe(true);
    expect(matchesFilter(term('全模态大模型'), 'quan mo tai')).toBe(true);
    expect(matchesFilter(term('全模态大模型'), 'quanmotai')).toBe(true);
    expect(matchesFilter(term('MaaS'), '模型即服务')).toBe(true);
    expect(matchesFilter(term('MaaS'), '天数')).toBe(false);
    const compute = groupByCategory(glossary, '天数天算').flatMap((g) => g.terms.map((t) => t.term));
    expect(compute).toEqual(['天数天算']);
  });

  it('lists a page\'s terms most frequent first, ignoring ids the glossary does not have', () => {
    const list = pageTermList(glossary, [
      [term('可灵').id, 1],
      [term('全模态大模型').id, 3],
      ['no-such-term', 9],
      [term('天数天算').id, 1],
    ]);
    expect(list.map((e) => [e.term.term, e.count])).toEqual([
      ['全模态大模型', 3],
      ['可灵', 1],
      ['天数天算', 1],
    ]);
  });

  it('filters by pinyin initials as the popup searches: qmt → 全模态 and 全模态大模型', () => {
    const names = groupByCategory(glossary, 'qmt').flatMap((g) => g.terms.map((t) => t.term));
    expect(names).toEqual(expect.arrayContaining(['全模态', '全模态大模型']));
    expect(names.every((n) => n.startsWith('全模态'))).toBe(true);
  });
});
