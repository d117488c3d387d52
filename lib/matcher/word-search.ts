/**
 * Finds any of a few words (technology cues, a form's collocations) in a window of page text: the
 * sense check's only scan besides the trie, run only where an everyday form matched.
 */
import { latinClass, NOT_LATIN, TOUCH_LETTER, touches } from '../text/fold';
import { keyTable } from './keys';

/**
 * Does one of `words` (folded, lower-cased) stand in `text[lo, hi)` outside the match `[start, end)`?
 * Latin words are whole words ("ai" is not in "said"); Chinese ones any substring.
 */
export function hasWordNear(text: string, words: readonly string[], lo: number, hi: number, start: number, end: number): boolean {
  return wordNear(text, words, lo, hi, start, end) !== undefined;
}

/** The first of `words` (as listed) that stands in `text[lo, hi)` outside `[start, end)`, or undefined. */
export function wordNear(text: string, words: readonly string[], lo: number, hi: number, start: number, end: number): string | undefined {
  const key = keyTable();
  for (const word of words) {
    const first = word.charCodeAt(0);
    const latinStart = latinClass(first) !== NOT_LATIN;
    const latinEnd = latinClass(word.charCodeAt(word.length - 1)) !== NOT_LATIN;
    for (let i = lo; i + word.length <= hi; i++) {
      // Only a word outside the match counts (点云 is a cue, but not for itself).
      if (i + word.length > start && i < end) continue;
      const raw = text.charCodeAt(i);
      if ((key[raw] || raw) !== first || !sameKey(key, text, i, word)) continue;
      if ((latinStart && touches(text, i, TOUCH_LETTER, 'start', lo, hi)) || (latinEnd && touches(text, i + word.length, TOUCH_LETTER, 'end', lo, hi))) continue;
      return word;
    }
  }
  return undefined;
}

/** Does one of `words` touch the match `[start, end)` inside `[from, to)`, as a compound (推理芯片, 模型参数)? */
export function hasWordTouching(text: string, words: readonly string[], start: number, end: number, from: number, to: number): boolean {
  return wordTouching(text, words, start, end, from, to) !== undefined;
}

/** The first of `words` that touches the match `[start, end)` inside `[from, to)`, or undefined. */
export function wordTouching(text: string, words: readonly string[], start: number, end: number, from: number, to: number): string | undefined {
  const key = keyTable();
  for (const word of words) {
    const n = word.length;
    if (end + n <= to && sameKey(key, text, end, word) && !(latinClass(word.charCodeAt(n - 1)) !== NOT_LATIN && touches(text, end + n, TOUCH_LETTER, 'end', from, to))) return word;
    if (start - n >= from && sameKey(key, text, start - n, word) && !(latinClass(word.charCodeAt(0)) !== NOT_LATIN && touches(text, start - n, TOUCH_LETTER, 'start', from, to))) return word;
  }
  return undefined;
}

/** Does `text` at `start` equal `key` after folding and lower-casing? */
export function sameKey(keyOfCode: Uint16Array, text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const raw = text.charCodeAt(start + k);
    if ((keyOfCode[raw] || raw) !== key.charCodeAt(k)) return false;
  }
  return true;
}
