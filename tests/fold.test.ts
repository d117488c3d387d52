import { describe, expect, it } from 'vitest';
import { foldText, latinClass, LATIN_DIGIT, LATIN_LETTER, NOT_LATIN } from '../lib/text/fold';

describe('foldText', () => {
  it('maps fullwidth Latin to ASCII: ＡＩＧＣ is AIGC', () => {
    expect(foldText('ＡＩＧＣ（人工智能生成内容）')).toBe('AIGC(人工智能生成内容)');
  });

  it('maps the middle-dot family to U+00B7', () => {
    for (const dot of ['·', '・', '•', '‧', '∙', '･', '⋅']) {
      expect(foldText(`空天${dot}灵眸`)).toBe('空天·灵眸');
    }
  });

  it('maps fullwidth and small plus signs to +', () => {
    expect(foldText('人工智能＋')).toBe('人工智能+');
    expect(foldText('人工智能﹢')).toBe('人工智能+');
  });

  it('maps hyphen and dash variants to -', () => {
    for (const dash of ['‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－']) {
      expect(foldText(`Gen${dash}3`)).toBe('Gen-3');
    }
  });

  it('keeps the length of any text, so offsets carry over', () => {
    const text = '“天数天算”是指卫星…ＭａａＳ—𠀀＋・';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('returns Chinese text unchanged', () => {
    const text = '全模态大模型是一个综合性概念';
    expect(foldText(text)).toBe(text);
  });
});

describe('latinClass', () => {
  it('tells letters, digits and everything else apart', () => {
    expect(['a', 'Z', '0', '9', '-', '大', ' '].map((c) => latinClass(c.charCodeAt(0)))).toEqual([
      LATIN_LETTER, LATIN_LETTER, LATIN_DIGIT, LATIN_DIGIT, NOT_LATIN, NOT_LATIN, NOT_LATIN,
    ]);
  });
});
