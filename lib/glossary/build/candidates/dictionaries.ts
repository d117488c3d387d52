/**
 * What the candidate miner leaves out: the glossary's own forms and the common words of jieba's
 * and CC-CEDICT's dictionaries. A common word is one jieba counts at least COMMON_FREQUENCY times
 * (公司, 技术, 数据) or an idiom or set phrase of either dictionary. Rarer dictionary words stay
 * candidates, marked with their jieba frequency and CC-CEDICT presence: 芯片 (1,031), 涌现 and 权重
 * are dictionary words and still missing terms of a tech glossary.
 */
import { simplifiedKey } from '../script-variants';
import type { Dictionaries } from './mine';

/** jieba's own threshold for a common word in the boundary build (boundaries.ts) too. */
export const COMMON_FREQUENCY = 2000;

export interface DictionarySources {
  /** Every form of every glossary term. */
  glossaryForms: Iterable<string>;
  jieba: { words: ReadonlyMap<string, number>; setPhrases: ReadonlySet<string> };
  /** CC-CEDICT rows: [traditional, simplified, pinyin, senses]. */
  cedict: Iterable<readonly [string, string, string, string | readonly string[], ...unknown[]]>;
}

export function dictionariesOf({ glossaryForms, jieba, cedict }: DictionarySources): Dictionaries {
  const glossary = new Set([...glossaryForms].map((f) => simplifiedKey(f).toLowerCase()));
  const cedictWords = new Set<string>();
  const cedictIdioms = new Set<string>();
  for (const [traditional, simplified, , senses] of cedict) {
    cedictWords.add(simplified);
    cedictWords.add(traditional);
    if ((typeof senses === 'string' ? [senses] : senses).some((s) => s.includes('(idiom)'))) cedictIdioms.add(simplified);
  }
  const jiebaFrequency = (text: string) => jieba.words.get(simplifiedKey(text));
  return {
    inGlossary: (text) => glossary.has(simplifiedKey(text).toLowerCase()),
    jiebaFrequency,
    inCedict: (text) => cedictWords.has(text) || cedictWords.has(simplifiedKey(text)),
    isCommon: (text) => {
      const key = simplifiedKey(text);
      return (jiebaFrequency(text) ?? 0) >= COMMON_FREQUENCY || jieba.setPhrases.has(key) || cedictIdioms.has(key);
    },
  };
}
