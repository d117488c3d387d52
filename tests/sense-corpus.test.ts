/**
 * The labelled sense corpus (tests/fixtures/sense-corpus/) through the page matcher: the figures of
 * its test split, pinned. A rule that changes them updates these numbers on purpose (the rules
 * are tuned on the dev split; `npm run eval:sense -- --split=test` prints the errors).
 */
import { describe, expect, it } from 'vitest';
import { labelProblem, readCorpus, splitOf, type CorpusItem } from '../scripts/eval-sense/corpus';
import { figuresOf } from '../scripts/eval-sense/figures';
import { pageMarker, readGlossary, type PageMarker } from '../scripts/eval-sense/page-marks';
import { scoreCorpus } from '../scripts/eval-sense/score';

const corpus = readCorpus();
const glossary = readGlossary();
const marker = pageMarker(glossary);

/** Forms that are everyday words too: each appears in the corpus in both senses. */
// 智元 is not among them: its other uses here are all inside 新智元, a glossary entry of its own.
const BOTH_SENSES = [
  '推理', '量化', '蒸馏', '参数', '模态', '盘古', '豆包', '商汤', '轻量化', '寒武纪', '幻觉', '微调', '快手', '钉钉',
  '小米', '国家队', '鸿蒙', '深度学习', '神经网络', '平头哥', '月之暗面', '滴滴', '权重', '特斯拉', '赛道',
];
/** Everyday words whose tech sense is a longer name (理想汽车, 文心大模型) or not yet written about here: everyday uses only. */
const EVERYDAY_ONLY = [
  '理想', '文心', '三全', '慢思考', '苹果', '北斗', '天玑', '鲲鹏', '电解质', '贝壳', '豆瓣', '容器', '多云', '骑手', '出海', '中兴',
  '护城河', '独角兽', '揽月', '吉利', '菜鳥', '自由度', '神經網路',
];

describe('the sense corpus', () => {
  it('holds at least 550 pages in both scripts, from the everyday domains the evaluation needs and from tech news', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(550);
    expect(new Set(corpus.map((i) => i.script))).toEqual(new Set(['Hans', 'Hant']));
    const domains = new Set(corpus.map((i) => i.domain));
    for (const domain of ['tech', 'novel', 'finance', 'sports', 'cooking', 'medicine', 'law', 'news'] as const) expect(domains).toContain(domain);
    expect(corpus.filter((i) => i.script === 'Hant').length).toBeGreaterThanOrEqual(100);
  });

  it('labels each ambiguous form in both senses, and the everyday-only ones as traps', () => {
    const count = (form: string, side: 'marks' | 'traps') => corpus.reduce((n, i) => n + i[side].filter((l) => l.form === form).length, 0);
    expect(BOTH_SENSES.filter((f) => count(f, 'marks') === 0 || count(f, 'traps') === 0)).toEqual([]);
    expect(EVERYDAY_ONLY.filter((f) => count(f, 'traps') === 0)).toEqual([]);
  });

  it('labels a term the glossary holds with one of its own forms (Latin letters in any case)', () => {
    const formsOf = new Map(glossary.terms.map((t) => [t.id, new Set(t.forms.map((f) => f.toLowerCase()))]));
    const wrong = corpus.flatMap((item) =>
      item.marks
        .filter((m) => formsOf.has(m.term) && !formsOf.get(m.term)!.has(m.form.toLowerCase()) && !isVersioned(m.form))
        .map((m) => `${item.id}: ${m.term} ${m.form}`),
    );
    expect(wrong).toEqual([]);
  });

  it('splits by id: the same item always falls on the same side', () => {
    expect(splitOf('cook-liquor-1')).toBe(splitOf('cook-liquor-1'));
    const tests = corpus.filter((item) => splitOf(item.id) === 'test').length;
    expect(tests).toBeGreaterThan(corpus.length / 3);
    expect(tests).toBeLessThan((corpus.length * 2) / 3);
  });

  it('gives these figures on its test split', () => {
    const test = corpus.filter((item) => splitOf(item.id) === 'test');
    expect(figuresOf(scoreCorpus(test, marker))).toEqual({
      pages: 281,
      techPages: 123,
      everydayChars: 6845,
      everyday: [62, 3, 3],
      tech: [414, 0, 12],
      trapsMarked: [3, 178],
      awaitingTerms: 0,
    });
  });
});

/** A Latin name with a version (Qwen3, GLM-5.3, Kimi K3) or an API model id (kimi-thinking-preview) is labelled as its family's term though the family lists no such form. */
function isVersioned(form: string): boolean {
  return /^[A-Za-z][A-Za-z -]*[ -]?[A-Za-z]?\d/.test(form) || /^[a-z]+(-[a-z0-9]+)+$/.test(form);
}

describe('scoring', () => {
  const item = (text: string, marks: CorpusItem['marks'], traps: CorpusItem['traps'] = []): CorpusItem => ({
    id: 'x', domain: 'cooking', script: 'Hans', source: 'test', text, marks, traps,
  });
  /** Paints every occurrence of 豆包 as doubao and 模型 as large-model, nothing else. */
  const fake: PageMarker = {
    marksOf(text) {
      const out = [];
      for (const [form, term] of [['豆包', 'doubao'], ['模型', 'large-model']] as const) {
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push({ term, start: at, end: at + form.length });
      }
      return out.sort((a, b) => a.start - b.start);
    },
    termIds: new Set(['doubao', 'large-model', 'kuaishou']),
    unmarkedIds: new Set(),
  };

  it('counts a painted trap as a false mark and a labelled use not painted as a miss', () => {
    const score = scoreCorpus([
      item('早餐吃豆包。', [], [{ form: '豆包', at: 3 }]),
      item('快手发布豆包。', [{ term: 'kuaishou', form: '快手', at: 0 }, { term: 'doubao', form: '豆包', at: 4 }]),
    ], fake);
    expect([score.nonTech.right, score.nonTech.falseMarks, score.nonTech.missed]).toEqual([1, 1, 1]);
    expect(score.errors.map((e) => [e.kind, e.form])).toEqual([['trap marked', '豆包'], ['missed', '快手']]);
    expect(score.forms.find((f) => f.form === '豆包')).toMatchObject({ right: 1, falseMarks: 1, traps: 1, trapsMarked: 1 });
  });

  it('takes a painted mark of another span or term as wrong, and sets aside labels of terms not in the glossary', () => {
    const score = scoreCorpus([
      item('大模型来了。', [{ term: 'large-model', form: '大模型', at: 0 }]),
      item('理想汽车的模型。', [{ term: 'li-auto', form: '理想', at: 0 }]),
    ], fake);
    expect(score.errors.map((e) => [e.kind, e.form])).toEqual([['missed', '大模型'], ['wrong term or span', '模型'], ['unlabelled mark', '模型']]);
    expect(score.awaitingTerms).toBe(1);
  });

  it('rejects a label that is not where it says', () => {
    expect(labelProblem(item('早餐吃豆包。', [], [{ form: '豆包', at: 2 }]))).toBe('x: "豆包" is not at 2');
    expect(labelProblem(item('早餐吃豆包。', [{ term: 'doubao', form: '豆包', at: 3 }], [{ form: '包', at: 4 }]))).toBe('x: labels overlap at 4');
  });
});
