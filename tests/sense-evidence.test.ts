/** The sense check of everyday forms, rule by rule, on a small hand-made glossary. */
import { describe, expect, it } from 'vitest';
import { buildLayout, compileMatcher, type MatcherEntry } from '../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../lib/matcher/entries';

const terms: MatchableTerm[] = [
  { id: 'inference', forms: ['推理'], caseSensitive: true, exclude: [], senseForms: ['推理'], compounds: ['芯片', '模型'], collocations: ['速度', '能力'] },
  { id: 'qwen', forms: ['通义千问', '通义'], caseSensitive: true, exclude: [], senseForms: ['通义'] },
  { id: 'doubao', forms: ['豆包'], caseSensitive: true, exclude: [], sense: 'tech' },
  { id: 'gpu', forms: ['GPU'], caseSensitive: true, exclude: [] },
  { id: 'deep-learning', forms: ['深度学习'], caseSensitive: true, exclude: [], senseForms: ['深度学习'], collocations: ['神经网络'] },
];
const cues = ['芯片', '人工智能', '深度学习'];
const matcherOf = () => compileMatcher(entriesOfTerms(terms), cues);
const marks = (text: string) => {
  const m = matcherOf();
  return m.matchAll(text).map((x) => `${text.slice(x.start, x.end)}=${terms[x.termIndex]!.id}`);
};

describe('everyday forms, per form', () => {
  it('marks a full name without evidence, but not its everyday short form', () => {
    expect(marks('通义千问上线了。')).toEqual(['通义千问=qwen']);
    expect(marks('书中引了《风俗通义》。')).toEqual([]);
  });

  it('reads a term with `sense: tech` and no senseForms as everyday in every form (older glossaries)', () => {
    expect(marks('早餐吃了两个豆包。')).toEqual([]);
    expect(marks('豆包用GPU训练。')).toEqual(['豆包=doubao', 'GPU=gpu']);
  });
});

describe('evidence', () => {
  it('takes an unambiguous glossary term in the window', () => {
    expect(marks('推理要用GPU。')).toEqual(['推理=inference', 'GPU=gpu']);
  });

  it('takes a compound written against the form, before or after it', () => {
    expect(marks('推理芯片很贵。')).toEqual(['推理=inference']);
    expect(marks('模型推理很贵。')).toEqual(['推理=inference']);
  });

  it('takes a compound word only where it touches the form', () => {
    expect(marks('推理的模型很贵。')).toEqual([]);
  });

  it('takes a technology cue in the window', () => {
    expect(marks('人工智能时代，推理无处不在。')).toEqual(['推理=inference']);
  });

  it('takes collocations only on a page that has shown a technology term', () => {
    expect(marks('他的推理速度很快。')).toEqual([]);
    // The page's term comes later, beyond the window: the scan waits for it, then marks both.
    const far = `推理速度很快${'。'.repeat(100)}GPU`;
    expect(marks(far)).toEqual(['推理=inference', 'GPU=gpu']);
    expect(marks(`推理速度很快${'。'.repeat(100)}`)).toEqual([]);
  });

  it('carries what a page has shown from one run to the next, until newPage', () => {
    const m = matcherOf();
    const out: number[] = [];
    expect(m.find('他的推理能力很强。', out)).toBe(0);
    expect(m.deferred).toBe(1);
    expect(m.pageIsTech).toBe(false);
    expect(m.find('GPU', out)).toBe(3);
    expect(m.pageIsTech).toBe(true);
    expect(m.find('他的推理能力很强。', out)).toBe(3);
    expect(out.slice(0, 3)).toEqual([2, 4, 0]);
    m.newPage();
    expect(m.pageIsTech).toBe(false);
    expect(m.find('他的推理能力很强。', out)).toBe(0);
  });

  it('does not count another everyday form as evidence, nor a cue that is itself an everyday form', () => {
    expect(marks('推理和豆包。')).toEqual([]);
    expect(marks('教师要促进学生深度学习，深度学习重在推理。')).toEqual([]);
  });

  it('does not take generic words as evidence', () => {
    const generic = compileMatcher(entriesOfTerms(terms), ['直播', '用户']);
    // The matcher reads whatever cues it is given: the real list (sense-cues.ts) holds no generic words.
    expect(generic.matchAll('直播间的用户买豆包。').map((m) => m.termIndex)).toEqual([2]);
    expect(marks('直播间的用户买豆包。')).toEqual([]);
  });
});

describe('the layout', () => {
  it('keeps each collocation list once, and no cue that is an everyday form', () => {
    const entries: MatcherEntry[] = entriesOfTerms(terms);
    const m = compileMatcher(entries, cues);
    expect(m.matchAll('推理芯片').length).toBe(1);
    const withTwoForms = entriesOfTerms([{ ...terms[0]!, forms: ['推理', '推論'], senseForms: ['推理', '推論'] }]);
    const layout = buildLayout(withTwoForms, cues);
    expect(layout.collocations).toEqual([['速度', '能力'], ['芯片', '模型']]);
    expect(buildLayout(entries, cues).cues).toEqual(['芯片', '人工智能']);
  });
});
