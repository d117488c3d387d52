import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { createSearch, tonelessPinyin } from '../lib/search';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;
const search = createSearch(glossary);
const top = (query: string) => search(query)[0]?.term;

describe('glossary search', () => {
  it('finds 全模态 by pinyin initials, toneless pinyin, Traditional form and English name', () => {
    expect(top('qmt')).toBe('全模态');
    expect(top('quan mo tai')).toBe('全模态');
    expect(top('quanmotai')).toBe('全模态');
    expect(top('全模態')).toBe('全模态');
    expect(top('omni-modal')).toBe('全模态');
  });

  it('finds 天数天算 from spaced pinyin', () => {
    expect(top('tian shu tian suan')).toBe('天数天算');
  });

  it('finds MaaS from its Chinese expansion in either script, and from any case', () => {
    expect(top('模型即服务')).toBe('MaaS');
    expect(top('模型即服務')).toBe('MaaS');
    expect(top('maas')).toBe('MaaS');
  });

  it('folds fullwidth input: ＶＡＳＴ finds VAST', () => {
    expect(top('ＶＡＳＴ')).toBe('VAST');
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzzzqqqxx')).toEqual([]);
  });

  it('strips tones and writes ü as v', () => {
    expect(tonelessPinyin('lǜ sè')).toBe('lv se');
    expect(tonelessPinyin('quán mó tài')).toBe('quan mo tai');
  });

  it('answers NOTHING for queries that match no term, instead of a long list of noise', () => {
    expect(search('xiong an')).toEqual([]);
    expect(search('harmony os').map((t) => t.term)).toEqual(['鸿蒙系统']);
  });

  it('finds a term by a phrase of its English name', () => {
    expect(search('space data').map((t) => t.term)).toEqual(['天数天算']);
    expect(search('text to video').map((t) => t.term)).toEqual(['文生视频']);
  });
});
