/**
 * jieba's dictionary (words with frequencies) and segmenter, for the glossary build only: it finds
 * where a form can cut through an ordinary word. Nothing of it reaches the extension.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Segmenter } from './boundaries';

/**
 * A glossary form jieba does not know enters its dictionary at this frequency: the median of
 * jieba's own words, a rare word. So jieba keeps a form whole unless an ordinary word beside it is
 * more likely (智能体/的 stays, 智能/体验 is cut), which is the reading a reader makes too.
 */
export const FORM_FREQUENCY = 3;

interface Dictionary {
  words: Map<string, number>;
  setPhrases: Set<string>;
}

let dictionary: Dictionary | undefined;

/** jieba's dict.txt: `word frequency tag` per line (tags: i idiom, l set phrase). */
function readDictionary(): Dictionary {
  if (!dictionary) {
    dictionary = { words: new Map(), setPhrases: new Set() };
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, freq, tag = ''] = line.trim().split(' ');
      if (!word || !freq) continue;
      dictionary.words.set(word, Number(freq));
      if (tag === 'i' || tag === 'l') dictionary.setPhrases.add(word);
    }
  }
  return dictionary;
}

/** jieba's words with their frequencies, and its idioms and set phrases (the candidate miner's common words). */
export function jiebaDictionary(): Readonly<Dictionary> {
  return readDictionary();
}

/** jieba (HMM off: only dictionary words) with the glossary's forms added where it lacks them. */
export function createJiebaSegmenter(forms: readonly string[]): Segmenter {
  const { words, setPhrases } = readDictionary();
  const jieba = Jieba.withDict(dict);
  const added = [...new Set(forms)].filter((f) => !words.has(f) && !/\s/.test(f));
  if (added.length > 0) jieba.loadDict(Buffer.from(added.map((f) => `${f} ${FORM_FREQUENCY}`).join('\n')));
  return { words, setPhrases, cut: (text) => jieba.cut(text, false) };
}
