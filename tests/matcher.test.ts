import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceScanner } from '../lib/glossary/build/scan';
import { buildLayout, compileMatcher, type MatcherEntry } from '../lib/matcher/compile';
import { layoutForMessage } from '../lib/matcher/layout';
import { matcherOf } from '../lib/matcher/matcher';
import { parsePageMatcher } from '../lib/messages';
import { joinTermIds } from '../lib/matcher/term-ids';
import { foldText } from '../lib/text/fold';

const entry = (form: string, termIndex: number, extra: Partial<MatcherEntry> = {}): MatcherEntry => ({
  form,
  termIndex,
  caseSensitive: true,
  ...extra,
});

/** A matcher as a frame gets it: the background's layout through a message (Chrome: JSON), checked on arrival. */
function throughMessage(entries: readonly MatcherEntry[]) {
  const ids = entries.map((_, i) => `term-${i}`);
  const received = parsePageMatcher(JSON.parse(JSON.stringify({ ids: joinTermIds(ids), layout: layoutForMessage(buildLayout(entries)) })));
  if (!received) throw new Error('the reply was refused');
  return matcherOf(received.layout);
}

const matched = (entries: MatcherEntry[], text: string) =>
  compileMatcher(entries).matchAll(text).map((m) => text.slice(m.start, m.end));

describe('page matcher', () => {
  it('is leftmost-longest: 全模态大模型 over 全模态, 多模态大模型 over 多模态', () => {
    const m = compileMatcher([entry('全模态', 0), entry('全模态大模型', 1), entry('多模态', 2), entry('多模态大模型', 3)]);
    expect(m.matchAll('全模态大模型和多模态大模型，全模态')).toEqual([
      { start: 0, end: 6, termIndex: 1 },
      { start: 7, end: 13, termIndex: 3 },
      { start: 14, end: 17, termIndex: 0 },
    ]);
  });

  it('matches Traditional forms listed in the glossary: 文生視頻, 多模態大模型', () => {
    expect(matched([entry('文生视频', 0), entry('文生視頻', 0), entry('多模態大模型', 1)], '國產文生視頻與多模態大模型')).toEqual([
      '文生視頻',
      '多模態大模型',
    ]);
  });

  it('does NOT fire inside ASIA, vast majority, MaaSive, Soraya or PaaSword', () => {
    const entries = ['MaaS', 'VAST', 'AGI', 'ASI', 'Sora', 'PaaS'].map((f, i) => entry(f, i));
    expect(matched(entries, 'ASIA, the vast majority, MaaSive, Soraya, PaaSword')).toEqual([]);
    expect(matched(entries, 'MaaS模式、VAST技术、AGI与ASI、Sora和PaaS')).toEqual(['MaaS', 'VAST', 'AGI', 'ASI', 'Sora', 'PaaS']);
  });

  it('folds fullwidth Latin, middle dots, plus signs and dashes on the page', () => {
    const entries = [entry('AIGC', 0), entry('空天·灵眸', 1), entry('人工智能+', 2), entry('Gen-3 Alpha', 3)];
    expect(matched(entries, 'ＡＩＧＣ、空天・灵眸、人工智能＋、Gen‐3 Alpha')).toEqual(['ＡＩＧＣ', '空天・灵眸', '人工智能＋', 'Gen‐3 Alpha']);
  });

  it('honours per-term case rules', () => {
    expect(matched([entry('VAST', 0), entry('Nvidia', 1, { caseSensitive: false })], 'Vast VAST NVIDIA nvidia')).toEqual([
      'VAST',
      'NVIDIA',
      'nvidia',
    ]);
  });

  it('keeps the case rule for Latin letters inside a Chinese form, and needs none for Chinese alone', () => {
    const entries = [entry('天AI地', 0), entry('全模态', 1)];
    expect(matched(entries, '天ai地 天AI地 全模态 天Ai地')).toEqual(['天AI地', '全模态']);
  });

  it('honours exclusion contexts: 可灵 the model, not 可灵活 "can flexibly"', () => {
    const entries = [entry('可灵', 0, { exclude: ['可灵活', '可靈活'] }), entry('可靈', 0, { exclude: ['可灵活', '可靈活'] })];
    expect(matched(entries, '快手可灵上线，系统可灵活部署，可靈發布，可靈活配置')).toEqual(['可灵', '可靈']);
  });

  it('scans only inside [from, to) and treats its edges as boundaries', () => {
    const m = compileMatcher([entry('MaaS', 0)]);
    const hits: number[] = [];
    m.scan('xMaaSx MaaS', (start) => hits.push(start), 1, 5);
    expect(hits).toEqual([1]);
  });

  it('agrees with the reference scanner on random text, compiled in place and sent as a message (fast-check)', () => {
    const alphabet = ['全', '模', '态', '大', '型', '可', '灵', '活', 'A', 'a', 'S', 's', 'I', 'i', '1', '-', '－', '—', 'Ａ', 'ａ', 'Ｓ', '·', '・', '+', '﹢', ' ', '_'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ form: word, caseSensitive: fc.boolean(), exclude: fc.array(word, { maxLength: 2 }), keep: fc.array(word, { maxLength: 2 }), digitsMayTouch: fc.boolean() }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join('')),
        (specs, text) => {
          const entries = specs.map((s, i) => ({
            form: foldText(s.form),
            termIndex: i,
            caseSensitive: s.caseSensitive,
            exclude: s.exclude.map(foldText).filter((x) => x.includes(foldText(s.form))),
            keep: s.keep.map(foldText).filter((x) => x.includes(foldText(s.form))),
            digitsMayTouch: s.digitsMayTouch,
          }));
          const reference = createReferenceScanner(
            entries.map((e) => ({ text: e.form, termIndex: e.termIndex, caseSensitive: e.caseSensitive, exclude: e.exclude, keep: e.keep, digitsMayTouch: e.digitsMayTouch })),
          )(foldText(text));
          expect(compileMatcher(entries).matchAll(text)).toEqual(reference);
          expect(throughMessage(entries).matchAll(text)).toEqual(reference);
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  }, 120_000);

  it('compiles a 100,000-term glossary into a trie the size of its distinct prefixes', () => {
    const entries: MatcherEntry[] = [];
    for (let i = 0; i < 100_000; i++) entries.push(entry(`术语${i.toString(36)}`, i));
    const m = compileMatcher(entries);
    expect(m.matchAll('这是术语zz和术语0')).toEqual([
      { start: 2, end: 6, termIndex: 35 * 36 + 35 },
      { start: 7, end: 10, termIndex: 0 },
    ]);
  });
});
