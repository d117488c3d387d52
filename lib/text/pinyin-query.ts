/** Pinyin as readers type it into a search: with tone marks, tone numbers or neither. */

/** "quán mó tài" → "quan mo tai"; ü is typed as v or u. */
export function tonelessPinyin(pinyin: string): string {
  // After NFD, ü is u + U+0308 (with a tone mark beside it): map it before the marks go.
  return pinyin.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A syllable of pinyin with its tone number: an initial, vowels, a closing n, ng or r, a digit 1–5. */
const NUMBERED_SYLLABLES = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n|r)?[1-5])+$/;

/**
 * Numbered pinyin (quan2 mo2 tai4, huan4jue2, lu:4) as plain spaced pinyin, or undefined when the
 * query is not written that way: every word must be syllables each closed by a tone digit, so
 * model names (gpt4, qwen3, l2) stay as typed.
 */
export function numberedPinyin(q: string): string | undefined {
  const words = q.replace(/u:/g, 'v').split(' ');
  if (!words.every((w) => NUMBERED_SYLLABLES.test(w))) return undefined;
  return words.map((w) => w.replace(/([a-z])[1-5]/g, '$1 ').trim()).join(' ');
}
