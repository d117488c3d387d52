/**
 * The dictionary in memory, for longest-prefix lookups in either script. The index text is kept
 * as one string with the start of each entry line and each Traditional headword line; a word is
 * found by binary search over both sorted parts, and an entry is split only when a lookup returns
 * it. Loading allocates no string per entry: the loaded dictionary costs its text and two arrays.
 */
import { FIELD, parseEntry, parseHeader, type DictEntry, type IndexHeader } from './index-format';
import { searchByMeaningOrReading } from './reverse-search';

/** An entry found in a text, with the headword as the text spells it (Simplified or Traditional). */
export interface DictMatch extends DictEntry {
  word: string;
}

export interface Dictionary {
  header: IndexHeader;
  /** The longest words that start the text, longest first, at most `max` entries. */
  lookup(text: string, max: number): DictMatch[];
  /** Entries meaning `query` (English), then entries read `reading` (toneless pinyin), at most `max`. */
  search(query: string, reading: string | undefined, max: number): DictMatch[];
}

export function loadDictionary(text: string): Dictionary {
  const firstBreak = text.indexOf('\n');
  const header = parseHeader(text.slice(0, firstBreak));
  const entryStarts = new Int32Array(header.entries);
  const traditionalStarts = new Int32Array(header.traditional);
  let start = firstBreak + 1;
  for (let line = 0; line < header.entries + header.traditional; line++) {
    const end = text.indexOf('\n', start);
    if (end < 0) throw new Error(`cedict.txt: ${line} lines, the header says ${header.entries + header.traditional}`);
    if (line < header.entries) entryStarts[line] = start;
    else traditionalStarts[line - header.entries] = start;
    start = end + 1;
  }

  const keyAt = (starts: Int32Array, n: number) => text.slice(starts[n], text.indexOf(FIELD, starts[n]));
  /** The first line of a sorted part whose key is not below `word`. */
  function lowerBound(starts: Int32Array, word: string): number {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keyAt(starts, mid) < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  /** The entry numbers of a word, Simplified headwords and Traditional ones, in index order. */
  function entriesOf(word: string): number[] {
    const numbers: number[] = [];
    for (let n = lowerBound(entryStarts, word); n < entryStarts.length && keyAt(entryStarts, n) === word; n++) numbers.push(n);
    const t = lowerBound(traditionalStarts, word);
    if (t < traditionalStarts.length && keyAt(traditionalStarts, t) === word) {
      const from = traditionalStarts[t]! + word.length + 1;
      for (const n of text.slice(from, text.indexOf('\n', from)).split(',')) {
        const number = parseInt(n, 36);
        if (!numbers.includes(number)) numbers.push(number);
      }
    }
    return numbers.sort((a, b) => a - b);
  }

  const entryAt = (n: number): DictEntry => {
    const entry = parseEntry(text.slice(entryStarts[n], text.indexOf('\n', entryStarts[n])));
    if (!entry) throw new Error(`cedict.txt: entry ${n + 1} is malformed`);
    return entry;
  };
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
        const numbers = entriesOf(word);
        const ordered = numbers.map(entryAt).map((entry) => ({ entry, rank: rank(entry) })).sort((a, b) => a.rank - b.rank);
        for (const { entry } of ordered.slice(0, max - found.length)) found.push({ ...entry, word });
      }
      return found;
    },
    search: (query, reading, max) => searchByMeaningOrReading(text, { query, reading, max }),
  };
}
