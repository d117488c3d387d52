/**
 * The dictionary in memory, for longest-prefix lookups in either script. The index text is kept
 * as one string with the start of each line; a line is split into an entry only when a lookup
 * returns it, so the loaded dictionary costs little more than its text and one map of headwords.
 */
import { FIELD, parseEntry, parseHeader, type DictEntry, type IndexHeader } from './index-format';

/** An entry found in a text, with the headword as the text spells it (Simplified or Traditional). */
export interface DictMatch extends DictEntry {
  word: string;
}

export interface Dictionary {
  header: IndexHeader;
  /** The longest words that start the text, longest first, at most `max` entries. */
  lookup(text: string, max: number): DictMatch[];
}

export function loadDictionary(text: string): Dictionary {
  const firstBreak = text.indexOf('\n');
  const header = parseHeader(text.slice(0, firstBreak));
  const starts = new Int32Array(header.entries);
  // A headword maps to its entry's line number, or to several (行: hang2, heng2, xing2).
  const byHeadword = new Map<string, number | number[]>();
  const add = (word: string, line: number) => {
    const known = byHeadword.get(word);
    if (known === undefined) byHeadword.set(word, line);
    else if (typeof known === 'number') byHeadword.set(word, [known, line]);
    else known.push(line);
  };
  let start = firstBreak + 1;
  let line = 0;
  while (start < text.length && line < header.entries) {
    const end = text.indexOf('\n', start);
    const tab1 = text.indexOf(FIELD, start);
    const tab2 = text.indexOf(FIELD, tab1 + 1);
    if (end < 0 || tab1 < 0 || tab2 < 0 || tab2 > end) throw new Error(`cedict.txt: entry ${line + 1} is malformed`);
    starts[line] = start;
    const simplified = text.slice(start, tab1);
    add(simplified, line);
    if (tab2 > tab1 + 1) add(text.slice(tab1 + 1, tab2), line);
    line++;
    start = end + 1;
  }
  if (line !== header.entries) throw new Error(`cedict.txt: ${line} entries, the header says ${header.entries}`);

  const entryAt = (n: number): DictEntry => parseEntry(text.slice(starts[n], text.indexOf('\n', starts[n])))!;
  // Common words first, then names (CC-CEDICT lists 干 Gan1, a surname, before gan1), then entries
  // that only point to another spelling (乹: "old variant of 乾|干[gān]").
  const rank = (entry: DictEntry) =>
    entry.senses.every((sense) => sense.includes('variant of ')) ? 2 : entry.pinyin[0] !== entry.pinyin[0]!.toLowerCase() ? 1 : 0;

  return {
    header,
    lookup(input, max) {
      const found: DictMatch[] = [];
      for (let length = Math.min(input.length, header.longestHeadword); length > 0 && found.length < max; length--) {
        const word = input.slice(0, length);
        const lines = byHeadword.get(word);
        if (lines === undefined) continue;
        const entries = (typeof lines === 'number' ? [lines] : lines).map(entryAt);
        const ordered = entries.map((entry) => ({ entry, rank: rank(entry) })).sort((a, b) => a.rank - b.rank).map(({ entry }) => entry);
        for (const entry of ordered.slice(0, max - found.length)) found.push({ ...entry, word });
      }
      return found;
    },
  };
}
