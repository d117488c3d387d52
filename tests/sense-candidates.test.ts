/** The labeller's view of a text: every glossary form in it, whatever the matching rules decide. */
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { candidateFinder } from '../scripts/eval-sense/candidates';

const glossary = {
  terms: [
    { id: 'large-model', forms: ['大模型'], caseSensitive: true },
    { id: 'multimodal-large-model', forms: ['多模态大模型'], caseSensitive: true },
    { id: 'kimi', forms: ['Kimi'], caseSensitive: true },
    { id: 'openai', forms: ['OpenAI'], caseSensitive: false },
    { id: 'slogan', forms: ['降本增效'], caseSensitive: true, marked: false },
  ],
} as unknown as Glossary;
const find = candidateFinder(glossary);

describe('candidateFinder', () => {
  it('finds forms leftmost-longest, even inside longer words and Latin tokens', () => {
    expect(find('多模态大模型和大模型。NB-Kimi2')).toEqual([
      { form: '多模态大模型', term: 'multimodal-large-model', at: 0 },
      { form: '大模型', term: 'large-model', at: 7 },
      { form: 'Kimi', term: 'kimi', at: 14 },
    ]);
  });

  it('compares Latin letters without case only for terms that are not case-sensitive, and skips unmarked terms', () => {
    expect(find('openai 和 kimi 要降本增效')).toEqual([{ form: 'openai', term: 'openai', at: 0 }]);
  });
});
