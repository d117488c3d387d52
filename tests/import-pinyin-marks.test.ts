import { describe, expect, it } from 'vitest';
import { isNumberedPinyin, numberedToMarked } from '../lib/import/pinyin-marks';

describe('numbered pinyin to tone marks', () => {
  it('marks a or e first, then the o of ou, else the last vowel', () => {
    expect(numberedToMarked('ni3 hao3')).toBe('nǐ hǎo');
    expect(numberedToMarked('dou1 gui4 shui3')).toBe('dōu guì shuǐ');
    expect(numberedToMarked('xue2 lüe4')).toBe('xué lüè');
  });

  it('reads CC-CEDICT u: and Pleco v as ü, and joined syllables', () => {
    expect(numberedToMarked('nu:3 lu:4')).toBe('nǚ lǜ');
    expect(numberedToMarked('nv3ren2')).toBe('nǚrén');
    expect(numberedToMarked('han4zi4')).toBe('hànzì');
  });

  it('leaves neutral tones and capitals right', () => {
    expect(numberedToMarked('ma5 ma')).toBe('ma ma');
    expect(numberedToMarked('Bei3 jing1')).toBe('Běi jīng');
  });

  it('tells numbered from marked pinyin', () => {
    expect(isNumberedPinyin('quan2 mo2 tai4')).toBe(true);
    expect(isNumberedPinyin('quán mó tài')).toBe(false);
  });
});
