import { describe, expect, it } from 'vitest';
import { foldCharCode, foldedCodes, foldText, latinClass, LATIN_DIGIT, LATIN_LETTER, NOT_LATIN } from '../lib/text/fold';

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

describe('foldCharCode over every UTF-16 unit', () => {
  // The table holds only the codes that change; this is the whole mapping, written out.
  const expected = (code: number): number => {
    if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
    if ([0x30fb, 0x2022, 0x2027, 0x2219, 0xff65, 0x22c5].includes(code)) return 0x00b7;
    if ([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63].includes(code)) return 0x2d;
    if (code === 0xfe62) return 0x2b;
    return code;
  };

  it('maps each of the 65,536 units as the rules say, and every other unit to itself', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (foldCharCode(code) !== expected(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it('lists exactly the units folding changes, ascending', () => {
    const changed: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (expected(code) !== code) changed.push(code);
    expect(changed).toHaveLength(94 + 6 + 8 + 1);
    expect(foldedCodes()).toEqual(changed);
  });
});

describe('latinClass', () => {
  it('tells letters, digits and everything else apart', () => {
    expect(['a', 'Z', '0', '9', '-', '大', ' '].map((c) => latinClass(c.charCodeAt(0)))).toEqual([
      LATIN_LETTER, LATIN_LETTER, LATIN_DIGIT, LATIN_DIGIT, NOT_LATIN, NOT_LATIN, NOT_LATIN,
    ]);
  });
});
