import { describe, expect, it } from 'vitest';
import { marksOf } from '../lib/status-marks';

describe('how statuses mark a page', () => {
  const statuses = { known: ['maas', 'moe'], ignored: ['wanka-cluster'] };

  it('marks known terms lightly and ignored ones NOT at all', () => {
    expect(marksOf(statuses, false)).toEqual({ hidden: ['wanka-cluster'], light: ['maas', 'moe'], key: 'wanka-cluster|maas,moe' });
  });

  it('marks known terms NOT at all where the reader chose so', () => {
    expect(marksOf(statuses, true)).toEqual({ hidden: ['wanka-cluster', 'maas', 'moe'], light: [], key: 'wanka-cluster,maas,moe|' });
  });

  it('gives different keys to a known and an ignored term, so a change of either walks the page afresh', () => {
    expect(marksOf({ known: ['maas'], ignored: [] }, false).key).not.toBe(marksOf({ known: [], ignored: ['maas'] }, false).key);
  });
});
