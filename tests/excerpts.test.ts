import { describe, expect, it } from 'vitest';
import { definingScore, excerptSpan, isHeadingLine, sentenceAround } from '../lib/glossary/build/excerpts';

describe('sentenceAround', () => {
  it('returns the sentence with its own full stop', () => {
    const text = '第一句。据悉，“天数天算”是指卫星在太空中计算。下一句';
    const start = text.indexOf('天数天算');
    const s = sentenceAround(text, start, start + 4);
    expect(text.slice(s.start, s.end)).toBe('据悉，“天数天算”是指卫星在太空中计算。');
  });

  it('stops at line breaks and trims heading marks and spaces', () => {
    const text = '引言\n## 音乐大模型市场“群雄逐鹿”\n正文';
    const start = text.indexOf('音乐大模型');
    const s = sentenceAround(text, start, start + 5);
    expect(text.slice(s.start, s.end)).toBe('音乐大模型市场“群雄逐鹿”');
  });
});

describe('excerptSpan', () => {
  const long =
    '记者注意到，包括蚂蚁集团、阿里达摩院、商汤集团以及有华为助力的鹏城实验室在内的公司和研究室都在开发遥感大模型，' +
    '而且这是一个很长的句子，用来检验按分句裁剪的逻辑，它会继续写下去直到超过一百二十个字符的上限为止，' +
    '最后再补充一些内容让它足够长足够长足够长。';

  it('keeps a short sentence whole', () => {
    const text = '遥感大模型很重要。';
    expect(excerptSpan(text, 0, 5, 120)).toEqual({ start: 0, end: 9, clippedStart: false, clippedEnd: false });
  });

  it('cuts a long sentence at clause marks, keeping the term and staying within the limit', () => {
    const start = long.indexOf('遥感大模型');
    const span = excerptSpan(long, start, start + 5, 60);
    const text = long.slice(span.start, span.end);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toContain('遥感大模型');
    expect(span.clippedStart || span.clippedEnd).toBe(true);
    expect(text.endsWith('，')).toBe(false);
  });

  it('falls back to a centred window when one clause alone is too long', () => {
    const text = `${'甲'.repeat(100)}天数天算${'乙'.repeat(100)}。`;
    const span = excerptSpan(text, 100, 104, 40);
    expect(span).toEqual({ start: 82, end: 122, clippedStart: true, clippedEnd: true });
  });
});

describe('definingScore', () => {
  it('ranks a defining sentence above a passing mention, and a headline last', () => {
    const text = 'MaaS模式走向成熟\nMaaS(Model-as-a-Service,模型即服務)是一種雲計算模式。雲廠商都在提供MaaS服務。';
    const score = (needle: string, nth = 0) => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
      const span = excerptSpan(text, start, start + 4, 120);
      return definingScore({ text, span, match: { start, end: start + 4 } });
    };
    const heading = score('MaaS', 0);
    const defining = score('MaaS', 1);
    const passing = score('MaaS', 2);
    expect(defining).toBeGreaterThan(passing);
    expect(passing).toBeGreaterThan(heading);
    expect(isHeadingLine(text, { start: 0, end: 10 })).toBe(true);
  });
});
