import { describe, expect, it } from 'vitest';
import { markBracketedPinyin, markPinyin } from '../lib/dict/pinyin-marks';
import { isNumberedPinyin, numberedToMarked } from '../lib/import/pinyin-marks';

describe('numbered pinyin as tone marks', () => {
  it('marks a or e first, the o of ou, otherwise the last vowel', () => {
    expect(markPinyin('dian4 nao3')).toBe('diàn nǎo');
    expect(markPinyin('gou3 hui4 liu2 jue2')).toBe('gǒu huì liú jué');
    expect(markPinyin('Zhong1 guo2')).toBe('Zhōng guó');
  });

  it('writes u: as ü, with or without a tone', () => {
    expect(markPinyin('lu:4 se4')).toBe('lǜ sè');
    expect(markPinyin('nu:3 er2')).toBe('nǚ ér');
    expect(markPinyin('lu:e4')).toBe('lüè');
    expect(markPinyin('Lu:3')).toBe('Lǚ');
  });

  it('drops the neutral tone number and keeps Latin letters as they are', () => {
    expect(markPinyin('qian2 bian5 r5')).toBe('qián bian r');
    expect(markPinyin('san1 D da3 yin4')).toBe('sān D dǎ yìn');
    expect(markPinyin('A A zhi4')).toBe('A A zhì');
  });

  it('does NOT guess a mark for a syllabic nasal', () => {
    expect(markPinyin('m2 ng4')).toBe('m2 ng4');
  });

  it('marks bracketed cross-references inside a sense and nothing else', () => {
    expect(markBracketedPinyin('(alternative for 拜拜[bai2 bai2]) 3D')).toBe('(alternative for 拜拜[bái bái]) 3D');
  });
});


describe('numbered pinyin in imported files', () => {
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
