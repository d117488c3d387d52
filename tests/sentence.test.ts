import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../lib/text/sentence';

const around = (text: string, term: string, maxChars = 200) => {
  const start = text.indexOf(term);
  return sentenceAround({ text, start, end: start + term.length, maxChars });
};

describe('the sentence around a selection', () => {
  it('takes the Chinese sentence the term is in, between full-width stops', () => {
    expect(around('昨天发布了新模型。新建的类脑计算中心已经投入运行！明年还会扩建。', '类脑计算')).toBe('新建的类脑计算中心已经投入运行！');
  });

  it('takes an English sentence, and a whole block that has no stop', () => {
    expect(around('It was slow. The MoE layer routes tokens to experts. Then it scales.', 'MoE')).toBe('The MoE layer routes tokens to experts.');
    expect(around('  标题里的大模型  ', '大模型')).toBe('标题里的大模型');
  });

  it('keeps a selection that spans two sentences whole', () => {
    expect(around('甲乙丙。丁戊己。庚辛。', '丙。丁')).toBe('甲乙丙。丁戊己。');
  });

  it('cuts a sentence longer than the limit to a window around the term, with ellipses', () => {
    const text = `${'前'.repeat(50)}类脑计算${'后'.repeat(50)}。`;
    expect(around(text, '类脑计算', 14)).toBe(`…${'前'.repeat(5)}类脑计算${'后'.repeat(5)}…`);
    expect(around(`类脑计算${'后'.repeat(50)}。`, '类脑计算', 10)).toBe(`类脑计算${'后'.repeat(6)}…`);
  });
});
