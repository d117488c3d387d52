/** The side panel's "Your terms" index: prefix windows by binary search, equal to filtering every term. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OwnTermsIndex } from '../lib/own-terms-index';

const terms = ['大模型评测', 'MoE', '大模型', '光量子', 'MaaS', '大模型一体机', '具身智能', 'Ｍ全角'].map((term, i) => ({ id: `own-${i}`, term }));

describe('own terms index', () => {
  it('gives the terms starting with a prefix in spelling order, a window of them, and how many there are', () => {
    const index = new OwnTermsIndex(terms);
    expect(index.size).toBe(8);
    expect(index.window('大模型', 10)).toEqual({ terms: [{ id: 'own-2', term: '大模型' }, { id: 'own-5', term: '大模型一体机' }, { id: 'own-0', term: '大模型评测' }], total: 3 });
    expect(index.window('大模型', 2).terms.map((t) => t.term)).toEqual(['大模型', '大模型一体机']);
    expect(index.window('大模型', 2).total).toBe(3);
    expect(index.window('M', 10).terms.map((t) => t.term)).toEqual(['MaaS', 'MoE']);
    expect(index.window('', 3)).toEqual({ terms: [{ id: 'own-4', term: 'MaaS' }, { id: 'own-1', term: 'MoE' }, { id: 'own-3', term: '光量子' }], total: 8 });
  });

  it('gives NOTHING for a prefix no term starts with, nor for one longer than every term', () => {
    const index = new OwnTermsIndex(terms);
    expect(index.window('量子', 10)).toEqual({ terms: [], total: 0 });
    expect(index.window('大模型评测中心', 10)).toEqual({ terms: [], total: 0 });
    expect(new OwnTermsIndex([]).window('', 10)).toEqual({ terms: [], total: 0 });
  });

  it('agrees with filtering every term, for any terms and prefix', () => {
    const alphabet = fc.constantFrom('大', '模', '型', 'a', 'B', '𠀀', 'é');
    const term = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 40 }), fc.array(alphabet, { maxLength: 3 }).map((cs) => cs.join('')), fc.integer({ min: 0, max: 50 }), (spellings, prefix, limit) => {
        const index = new OwnTermsIndex(spellings.map((s, i) => ({ id: `id${i}`, term: s })));
        const expected = spellings.filter((s) => s.startsWith(prefix)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const got = index.window(prefix, limit);
        expect(got.total).toBe(expected.length);
        expect(got.terms.map((t) => t.term)).toEqual(expected.slice(0, limit));
      }),
      { seed: 20, numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });
});
