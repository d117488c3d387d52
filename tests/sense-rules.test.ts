/**
 * The sense rules added per form (data/senses.yaml): strong words, against words, two collocations,
 * and the reason a card shows, on a small hand-made glossary; then the same rules in the built
 * glossary on single-sentence pages.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../lib/matcher/entries';
import { pageMarker } from '../scripts/eval-sense/page-marks';

const terms: MatchableTerm[] = [
  { id: 'cambricon', forms: ['寒武纪'], caseSensitive: true, exclude: [], senseForms: ['寒武纪'], strong: ['股价', '科创板'], collocations: ['芯片'] },
  { id: 'neural-network', forms: ['神经网络'], caseSensitive: true, exclude: [], senseForms: ['神经网络'], compounds: ['推理'], against: ['神经元', '大脑'] },
  { id: 'quantization', forms: ['量化'], caseSensitive: true, exclude: [], senseForms: ['量化'], collocations: ['比特', '精度', '考核'] },
  { id: 'inference', forms: ['推理'], caseSensitive: true, exclude: [], senseForms: ['推理'], compounds: ['芯片'] },
  { id: 'internet', forms: ['互联网'], caseSensitive: true, exclude: [] },
];
const cues = ['人工智能'];
const matcher = () => compileMatcher(entriesOfTerms(terms), cues);
const marks = (text: string) => matcher().matchAll(text).map((x) => `${text.slice(x.start, x.end)}=${terms[x.termIndex]!.id}`);

describe('strong words', () => {
  it('mark a one-sentence page with no technology term, where a collocation alone would not', () => {
    expect(marks('寒武纪股价大涨。')).toEqual(['寒武纪=cambricon']);
    expect(marks('寒武纪的芯片。')).toEqual([]);
    expect(marks('寒武纪生命大爆发。')).toEqual([]);
  });
});

describe('against words', () => {
  it('outweigh an unambiguous term and a cue nearby, but not a compound', () => {
    expect(marks('大脑的神经网络启发了互联网。')).toEqual(['互联网=internet']);
    expect(marks('神经网络由神经元组成,人工智能由此得名。')).toEqual([]);
    expect(marks('神经网络推理比大脑快。')).toEqual(['神经网络=neural-network']);
    expect(marks('神经网络启发了互联网。')).toEqual(['神经网络=neural-network', '互联网=internet']);
  });
});

describe('two collocations', () => {
  it('read as a sentence of technology; one stays waiting for the page', () => {
    expect(marks('按比特量化时精度会降。')).toEqual(['量化=quantization']);
    expect(marks('按比特量化。')).toEqual([]);
  });
});

describe('why marked', () => {
  const reasonOf = (text: string, form: string) => {
    const m = matcher();
    m.newPage();
    const start = text.indexOf(form);
    const index = terms.findIndex((t) => t.forms.includes(form));
    return m.explain(text, start, start + form.length, index);
  };

  it('names the evidence of each kind', () => {
    expect(reasonOf('推理芯片很贵。', '推理')).toEqual({ kind: 'compound', word: '芯片' });
    expect(reasonOf('寒武纪股价大涨。', '寒武纪')).toEqual({ kind: 'strong', word: '股价' });
    expect(reasonOf('按比特量化时精度会降。', '量化')).toEqual({ kind: 'collocations', word: '比特 + 精度' });
    expect(reasonOf('互联网公司的神经网络。', '神经网络')).toEqual({ kind: 'term', word: '互联网' });
    expect(reasonOf('人工智能里的神经网络。', '神经网络')).toEqual({ kind: 'cue', word: '人工智能' });
  });

  it('gives none for a form that needs no evidence, or has none', () => {
    expect(reasonOf('互联网来了。', '互联网')).toBeUndefined();
    expect(reasonOf('寒武纪生命大爆发。', '寒武纪')).toBeUndefined();
    expect(reasonOf('大脑的神经网络启发了互联网。', '神经网络')).toBeUndefined();
  });
});

describe('the built glossary, one sentence per page', () => {
  const marker = pageMarker();
  const marked = (text: string) => marker.marksOf(text).map((m) => `${text.slice(m.start, m.end)}=${m.term}`);

  it('marks DeepSeek in any case, and kimi written small only with evidence', () => {
    expect(marked('我用deepseek写周报。')).toEqual(['deepseek=deepseek']);
    expect(marked('Deepseek-R1 开源了。')).toEqual(['Deepseek-R1=deepseek-r1', '开源=open-source']);
    expect(marked('月之暗面的kimi大模型。')).toEqual(['月之暗面=moonshot-ai', 'kimi=kimi', '大模型=large-model']);
    expect(marked('车手kimi在终点等他。')).toEqual([]);
  });

  it('marks a lowercase API model id as its family, not a capitalised word after a hyphen', () => {
    expect(marked('调用 deepseek-chat 接口')).toEqual(['deepseek-chat=deepseek']);
  });

  it("reads Taiwan's spelling of an everyday form as everyday too", () => {
    expect(marked('大腦更高階的神經網路。')).toEqual([]);
    expect(marked('大腦更高階的神经网络。')).toEqual([]);
  });

  it('keeps everyday traps of the new words unmarked', () => {
    expect(marked('北斗七星位于大熊座。')).toEqual([]);
    expect(marked('昨日市场中的权重股也是银行股主导。')).toEqual([]);
    expect(marked('高斯是另一种测量磁场的单位,是特斯拉的1/10000。')).toEqual([]);
  });

  it('marks a listed company beside its share price on a page with nothing else', () => {
    expect(marked('寒武纪股价大涨。')).toEqual(['寒武纪=cambricon']);
  });
});
