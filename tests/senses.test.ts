/** Which forms are everyday words too, decided per form at build (lib/glossary/build/senses.ts). */
import { describe, expect, it } from 'vitest';
import { everydayForms, readSenseReview, senseWordsOf, staleSenseReview, type EverydayDictionaries } from '../lib/glossary/build/senses';

const dictionaries: EverydayDictionaries = {
  // jieba's frequencies of the real dictionary for these words.
  frequency: new Map([['推理', 614], ['参数', 1670], ['芯片', 1031], ['文心', 6], ['豆包', 30], ['轻量化', 3], ['模态', 71], ['华为', 373]]),
  cedict: new Set(['推理', '参数', '芯片', '豆包', '模态', '华为']),
  names: new Set(['华为']),
};
const review = (doc: unknown = {}) => {
  const problems: string[] = [];
  return { review: readSenseReview(doc, problems), problems };
};
const term = (t: string, extra: { sense?: 'tech'; marked?: boolean } = {}) => ({ id: t, term: t, marked: true, ...extra });

describe('everyday forms', () => {
  const { review: empty } = review();
  const forms = (t: ReturnType<typeof term>, list: string[], r = empty) => everydayForms(t, list, dictionaries, r, new Set());

  it('are words both dictionaries know, common in jieba (推理 614), in both scripts', () => {
    expect(forms(term('推理'), ['推理'])).toEqual(['推理']);
    expect(forms(term('参数'), ['参数', '參數'])).toEqual(['参数', '參數']);
  });

  it('are not names that CC-CEDICT lists only as names (华为, Hua2 wei2)', () => {
    expect(forms(term('华为'), ['华为', '華為'])).toEqual([]);
  });

  it('are short Han aliases (文心 of 文心大模型), never the long full name', () => {
    expect(forms(term('文心大模型'), ['文心大模型', '文心', 'ERNIE'])).toEqual(['文心']);
  });

  it('of a `sense: tech` term: its dictionary words, short words and Latin canonical name, not its long aliases', () => {
    expect(forms(term('通义千问', { sense: 'tech' }), ['通义千问', '通义大模型', '通义', 'Qwen'])).toEqual(['通义']);
    expect(forms(term('豆包', { sense: 'tech' }), ['豆包'])).toEqual(['豆包']);
    expect(forms(term('Sora', { sense: 'tech' }), ['Sora'])).toEqual(['Sora']);
  });

  it('follow the reviewed list either way', () => {
    const { review: r } = review({ everyday: ['轻量化'], techOnly: ['芯片'] });
    expect(forms(term('轻量化'), ['轻量化', '輕量化'], r)).toEqual(['轻量化', '輕量化']);
    expect(forms(term('芯片'), ['芯片'], r)).toEqual([]);
  });

  it('are none for a term that is not marked', () => {
    expect(forms(term('推理', { marked: false }), ['推理'])).toEqual([]);
  });
});

describe('the reviewed list', () => {
  it('gives compounds and collocations with their Traditional spellings', () => {
    const { review: r, problems } = review({ compounds: { 推理: ['芯片'] }, collocations: { 推理: ['速度', '数据'] } });
    expect(problems).toEqual([]);
    const used = new Set<string>();
    expect(senseWordsOf('compounds', ['推理'], r, used)).toEqual(['芯片', '晶片']);
    expect(senseWordsOf('collocations', ['推理'], r, used)).toEqual(['速度', '数据', '數據', '資料']);
    staleSenseReview(r, used, problems);
    expect(problems).toEqual([]);
  });

  it('reports malformed fields, contradictions and stale entries', () => {
    const { review: r, problems } = review({ everyday: ['量化'], techOnly: ['量化'], collocations: { 推理: 'x' }, extra: 1 });
    staleSenseReview(r, new Set(), problems);
    expect(problems).toEqual([
      'senses file: unknown field "extra"',
      'senses file: collocations of "推理" must be a list of words',
      'senses file: "量化" is both everyday and techOnly',
      'senses file: "量化" is not a form of any marked term',
      'senses file: "量化" is not a form of any marked term',
    ]);
  });
});
