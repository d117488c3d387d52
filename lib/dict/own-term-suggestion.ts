/**
 * What CC-CEDICT suggests for a term the reader adds: the reading and English of the entry whose
 * headword is exactly the term (either script), a common word's before a name's. Measure words and
 * "variant of" pointers are not English a reader would write, and are left out.
 */
import type { DictMatch } from './dictionary';

/** A few senses make a readable English line; CC-CEDICT's long lists do not. */
const SENSES_SUGGESTED = 3;

export function suggestionFromDictionary(term: string, entries: readonly DictMatch[]): { pinyin: string; english: string } | undefined {
  const exact = entries.filter((e) => e.simplified === term || e.traditional === term);
  const isName = (e: DictMatch) => e.pinyin[0] !== e.pinyin[0]?.toLowerCase();
  const entry = exact.find((e) => !isName(e)) ?? exact[0];
  if (!entry) return undefined;
  const senses = entry.senses.filter((s) => !s.startsWith('CL:') && !s.includes('variant of ')).slice(0, SENSES_SUGGESTED);
  return { pinyin: entry.pinyin, english: senses.join('; ') };
}
