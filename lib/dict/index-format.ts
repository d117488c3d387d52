/**
 * The dictionary index the extension ships (`cedict.txt`), written by `npm run cedict` and read in
 * the background only. Plain UTF-8 text, one entry per line, fields separated by tabs:
 *
 *     #CC-CEDICT <TAB> <date of the data> <TAB> <entry count> <TAB> <longest headword, in UTF-16 units> <TAB> <Traditional headword count>
 *     then one line per entry, sorted by Simplified headword (UTF-16 code units; CC-CEDICT's order within one):
 *     <simplified> <TAB> <traditional, empty when the same> <TAB> <pinyin with tone marks> <TAB> <sense>/<sense>/…
 *     then one line per Traditional headword that differs from its Simplified one, sorted the same way:
 *     <traditional> <TAB> <entry number, base 36>,<entry number>,…
 *
 * Senses are CC-CEDICT's own (which never contain "/", a tab or a line break), with the pinyin of
 * cross-references already marked. Both sorted parts let the background look words up by binary
 * search over the text itself: loading builds no map, only two arrays of line starts.
 */

export const INDEX_MAGIC = '#CC-CEDICT';
export const FIELD = '\t';
export const SENSE = '/';

/** One dictionary entry as a card shows it. */
export interface DictEntry {
  simplified: string;
  traditional: string;
  /** Toned pinyin, syllables separated by spaces ("diàn nǎo"). */
  pinyin: string;
  senses: string[];
}

export interface IndexHeader {
  /** When the CC-CEDICT data was published (ISO date). */
  date: string;
  entries: number;
  longestHeadword: number;
  /** Lines of the Traditional part. */
  traditional: number;
}

export function formatHeader(header: IndexHeader): string {
  return [INDEX_MAGIC, header.date, String(header.entries), String(header.longestHeadword), String(header.traditional)].join(FIELD);
}

export function parseHeader(line: string): IndexHeader {
  const [magic, date, entries, longest, traditional] = line.split(FIELD);
  const count = (n: string | undefined) => Number.isInteger(Number(n)) && Number(n) > 0;
  if (magic !== INDEX_MAGIC || !date || !count(entries) || !count(longest) || !count(traditional)) {
    throw new Error(`cedict.txt: not a TermLens dictionary index (header ${JSON.stringify(line.slice(0, 80))})`);
  }
  return { date, entries: Number(entries), longestHeadword: Number(longest), traditional: Number(traditional) };
}

export function formatEntry(entry: DictEntry): string {
  const traditional = entry.traditional === entry.simplified ? '' : entry.traditional;
  return [entry.simplified, traditional, entry.pinyin, entry.senses.join(SENSE)].join(FIELD);
}

/** An entry from one index line, or undefined for a line that is not one. */
export function parseEntry(line: string): DictEntry | undefined {
  const [simplified, traditional, pinyin, senses] = line.split(FIELD);
  if (!simplified || traditional === undefined || pinyin === undefined || senses === undefined) return undefined;
  return { simplified, traditional: traditional || simplified, pinyin, senses: senses.split(SENSE) };
}

/** Code unit order: what `<` on strings compares, and so what the lookup's binary search expects. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
