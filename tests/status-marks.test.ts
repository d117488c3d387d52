import { describe, expect, it } from 'vitest';
import { marksOf } from '../lib/status-marks';

describe('how statuses mark a page', () => {
  const statuses = { known: ['maas', 'moe'], ignored: ['wanka-cluster'] };

  it('marks known terms like any other term by default, and ignored ones NOT at all', () => {
    expect(marksOf(statuses, { hideKnown: false, lightKnown: false })).toEqual({ hidden: ['wanka-cluster'], light: [], key: 'wanka-cluster|' });
  });

  it('marks known terms lightly where the reader opted in', () => {
    expect(marksOf(statuses, { hideKnown: false, lightKnown: true })).toEqual({ hidden: ['wanka-cluster'], light: ['maas', 'moe'], key: 'wanka-cluster|maas,moe' });
  });

  it('marks known terms NOT at all where the reader chose so, whatever the light option says', () => {
    const hiddenKnown = { hidden: ['wanka-cluster', 'maas', 'moe'], light: [], key: 'wanka-cluster,maas,moe|' };
    expect(marksOf(statuses, { hideKnown: true, lightKnown: false })).toEqual(hiddenKnown);
    expect(marksOf(statuses, { hideKnown: true, lightKnown: true })).toEqual(hiddenKnown);
  });

  it('gives different keys to a known and an ignored term, so a change of either walks the page afresh', () => {
    const opted = { hideKnown: false, lightKnown: true };
    expect(marksOf({ known: ['maas'], ignored: [] }, opted).key).not.toBe(marksOf({ known: [], ignored: ['maas'] }, opted).key);
  });
});
