import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../lib/matcher/compile';
import { termIdsOf } from '../lib/matcher/term-ids';
import { termIndexes, withoutTerms } from '../lib/matcher/without-terms';

const matcher = compileMatcher([
  { form: '全模态大模型', termIndex: 0, caseSensitive: false },
  { form: '万卡集群', termIndex: 1, caseSensitive: false },
  { form: 'MaaS', termIndex: 2, caseSensitive: true },
]);
const text = '全模态大模型靠万卡集群，MaaS 也是，万卡集群又来。';

describe('a matcher without the terms the reader unmarked', () => {
  it('drops the unmarked term from find, scan and matchAll alike', () => {
    const m = withoutTerms(matcher, termIndexes(termIdsOf(['quanmotai', 'wanka', 'maas']), ['wanka']));
    const out: number[] = [];
    const n = m.find(text, out);
    expect(out.slice(0, n)).toEqual([0, 6, 0, 12, 16, 2]);
    const scanned: string[] = [];
    m.scan(text, (s, e) => void scanned.push(text.slice(s, e)));
    expect(scanned).toEqual(['全模态大模型', 'MaaS']);
    expect(m.matchAll(text).map((x) => text.slice(x.start, x.end))).toEqual(['全模态大模型', 'MaaS']);
  });

  it('is the same matcher when nothing is unmarked, and does NOT know ids outside the page matcher', () => {
    expect(withoutTerms(matcher, new Set())).toBe(matcher);
    expect([...termIndexes(termIdsOf(['a', 'b']), ['c', 'b'])]).toEqual([1]);
  });
});
