import { describe, expect, it } from 'vitest';
import { glossarySize } from '../lib/glossary/build/size';
import type { Glossary, GlossaryTerm } from '../lib/glossary/types';

const term = (id: string, category: string, tier?: 'core') => ({ id, category, ...(tier ? { tier } : {}) }) as GlossaryTerm;

describe('glossarySize', () => {
  it('prints terms per domain and tier as a Markdown table with totals, domains in the glossary order', () => {
    const glossary = {
      version: 1,
      sources: [],
      categories: [
        { id: 'ev', zh: '新能源汽车与智驾', en: 'EVs & autonomous driving' },
        { id: 'chips', zh: '芯片与半导体', en: 'Chips & semiconductors' },
      ],
      terms: [term('a', 'chips'), term('b', 'chips', 'core'), term('c', 'chips', 'core'), term('d', 'ev', 'core')],
    } satisfies Glossary;
    expect(glossarySize(glossary).split('\n')).toEqual([
      '| domain | id | seed | core | all |',
      '| --- | --- | ---: | ---: | ---: |',
      '| EVs & autonomous driving | `ev` | 0 | 1 | 1 |',
      '| Chips & semiconductors | `chips` | 1 | 2 | 3 |',
      '| **all** |  | 1 | 3 | **4** |',
    ]);
  });
});
