/**
 * Finding dictionary entries by their reading or their meaning (xiongmao, xiong2 mao1, panda → 熊猫),
 * for a popup search the glossary could not answer. One regular expression over the index text: the
 * reading's field with any tone marks, or a sense that is exactly the query ("to " and a bracketed
 * note allowed). Pure over the index text (lib/dict/index-format.ts).
 */
import { parseEntry, type DictEntry } from './index-format';

/** An entry found, with its Simplified headword as the word (the shape of dictionary.ts's DictMatch). */
type DictMatch = DictEntry & { word: string };

/** Each toneless letter and the toned letters it stands for (v and u also for ü). */
const TONED: Record<string, string> = {
  a: 'aāáǎà',
  e: 'eēéěè',
  i: 'iīíǐì',
  o: 'oōóǒò',
  u: 'uūúǔùüǖǘǚǜ',
  v: 'üǖǘǚǜ',
};

/** Entries looked at before ranking: enough for the few shown, few enough to stay quick on "a". */
const SCANNED = 200;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching a toneless reading ("xiongmao", "xiong mao") against a toned field ("xióng māo"). */
function readingPattern(reading: string): string {
  const letters = [...reading.replace(/ /g, '')];
  return letters.map((c) => (TONED[c] ? `[${TONED[c]}]` : escapeRegExp(c))).join(' ?');
}

function entriesMatching(index: string, pattern: RegExp): { line: string; at: number }[] {
  const found = new Map<number, string>();
  for (const match of index.matchAll(pattern)) {
    const start = index.lastIndexOf('\n', match.index) + 1;
    if (start === 0 || found.has(start)) continue; // the header line holds no entry
    found.set(start, index.slice(start, index.indexOf('\n', match.index)));
    if (found.size >= SCANNED) break;
  }
  return [...found].map(([at, line]) => ({ at, line }));
}

/** Common words first, then names (a capital in the reading), then "variant of" pointers; then fewer characters. */
function rank(match: DictMatch, senseFirst: boolean): number {
  const name = match.pinyin[0] !== match.pinyin[0]?.toLowerCase() ? 2 : 0;
  const variant = match.senses.every((s) => s.includes('variant of ')) ? 4 : 0;
  return variant + name + (senseFirst ? 0 : 1);
}

/**
 * Entries whose sense is `query` (English), then entries read `reading` (toneless pinyin, when the
 * query is one), best first, at most `max`.
 */
export function searchByMeaningOrReading(index: string, { query, reading, max }: { query: string; reading?: string; max: number }): DictMatch[] {
  const out: DictMatch[] = [];
  const seen = new Set<string>();
  const add = (lines: { line: string }[], firstSense: (m: DictMatch) => boolean) => {
    const matches = lines.flatMap(({ line }) => {
      const entry = parseEntry(line);
      return entry ? [{ ...entry, word: entry.simplified }] : [];
    });
    const ordered = matches.map((m) => ({ m, r: rank(m, firstSense(m)) })).sort((a, b) => a.r - b.r || a.m.simplified.length - b.m.simplified.length);
    for (const { m } of ordered) {
      const key = `${m.simplified}\t${m.pinyin}`;
      if (out.length >= max || seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  };
  const words = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (words.length >= 2) {
    const sense = new RegExp(`[\\t/](?:to )?${escapeRegExp(words)}(?: \\([^/\\n]*\\))?(?=/|\\n)`, 'giu');
    const isSense = (s: string) => s.toLowerCase().replace(/ \([^)]*\)$/, '').replace(/^to /, '') === words;
    add(entriesMatching(index, sense), (m) => isSense(m.senses[0] ?? ''));
  }
  if (reading && /^[a-zv ]{2,}$/.test(reading)) {
    add(entriesMatching(index, new RegExp(`\\t(?:${readingPattern(reading)})\\t`, 'giu')), () => true);
  }
  return out;
}
