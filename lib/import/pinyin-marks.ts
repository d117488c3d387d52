/**
 * Numbered pinyin as imported files write it: spaced (CC-CEDICT's `ni3 hao3`) or joined (Pleco's
 * `ni3hao3`). Each syllable is marked by the dictionary's own rule (lib/dict/pinyin-marks.ts).
 */
import { markSyllable } from '../dict/pinyin-marks';

/** Whether the text uses numbered syllables (any letter run directly followed by a tone digit). */
export function isNumberedPinyin(text: string): boolean {
  return /[a-zü:]+[1-5]/i.test(text);
}

/** Marked syllables by numbered ones: a dictionary file repeats a few thousand syllables 100,000s of times. */
const marked = new Map<string, string>();

function cachedMark(syllable: string): string {
  let out = marked.get(syllable);
  if (out === undefined) {
    if (marked.size >= 4096) marked.clear(); // a file of made-up "syllables" cannot grow it without end
    marked.set(syllable, (out = markSyllable(syllable)));
  }
  return out;
}

/** Tone-marked pinyin from numbered; text without tone digits comes back unchanged. */
export function numberedToMarked(text: string): string {
  return text.replace(/[a-zü:]+[0-5]/gi, cachedMark);
}
