/**
 * Candidate terms from Chinese articles, for a person to review: strings that occur often, hold
 * together and combine freely at both edges, minus what the glossary already has and the common
 * words of jieba's and CC-CEDICT's dictionaries. Pure: the dictionaries and glossary forms are given.
 */
import { simplifiedKey } from '../script-variants';
import { occurrencesOf, stringStats, type StringStats } from './stats';
import { runsOf } from './units';

export interface MiningOptions {
  /** Occurrences a string needs in all the texts together. */
  minCount: number;
  /** Bits of pointwise mutual information its weakest split needs (strings of two or more units). */
  minCohesion: number;
  /** Bits of entropy each edge needs. */
  minEntropy: number;
  /** Longest string, in units (a Han character or a Latin token). */
  maxUnits: number;
}

export const DEFAULT_MINING: Readonly<MiningOptions> = { minCount: 3, minCohesion: 2, minEntropy: 1, maxUnits: 6 };

export interface Dictionaries {
  /** Is this string already in the glossary (either script, any case where the term ignores case)? */
  inGlossary: (text: string) => boolean;
  /** jieba's frequency of a word (undefined: not a jieba word). */
  jiebaFrequency: (text: string) => number | undefined;
  /** Whether CC-CEDICT has the word. */
  inCedict: (text: string) => boolean;
  /** A common word of either dictionary (frequent in jieba, an idiom or set phrase): never a candidate. */
  isCommon: (text: string) => boolean;
}

export interface Candidate extends StringStats {
  kind: 'han' | 'latin' | 'mixed';
  score: number;
  jiebaFrequency?: number;
  inCedict: boolean;
  examples: { file: string; sentence: string }[];
}

/** Characters that end or begin a phrase, never a term: a string starting or ending in one is a fragment (的大模型, 模型是). */
const FUNCTION_CHARS = '了是在和与及或等也都将对为把被从而就又这那其之着过吗呢吧啊们我你他她它于并让';
/** …that begin a phrase (更高, 不需要, 每位, 这一) … */
const NEVER_FIRST = new Set([...FUNCTION_CHARS, ...'更很最还已没再才不每各该此位个']);
/** …and that end one (大会上, 过程中, 他说, 可以). */
const NEVER_LAST = new Set([...FUNCTION_CHARS, ...'上中下里内外说时后前以']);
/** A number and a unit of counting or time (2024年, 10亿): not a term. */
const NUMBER_PHRASE = /^[0-9.]+(?:[年月日号时分秒岁个家款项次倍亿万千百余多]|%)/;

function kindOf(text: string): Candidate['kind'] {
  const hasHan = /\p{Script=Han}/u.test(text);
  const hasLatin = /[A-Za-z]/.test(text);
  return hasHan && hasLatin ? 'mixed' : hasLatin ? 'latin' : 'han';
}

/** A single Latin token worth a look: a capital or a digit in it (Codex, VLM, 5G-A), not an ordinary lower-case English word. */
const NOTABLE_LATIN = /[A-Z0-9]/;

function isShapeOfTerm(s: StringStats): boolean {
  const { text } = s;
  // Judged in Simplified, so 這一 is a fragment as 这一 is; 的 joins two phrases (新的AI), never a term's parts.
  const simplified = simplifiedKey(text);
  const first = simplified[0]!;
  const last = simplified[simplified.length - 1]!;
  if (NEVER_FIRST.has(first) || NEVER_LAST.has(last) || simplified.includes('的')) return false;
  if (NUMBER_PHRASE.test(text) || /^[0-9.\s]+$/.test(text)) return false;
  const kind = kindOf(text);
  if (kind === 'han') return [...text].length >= 2;
  if (kind === 'latin') return text.length >= 2 && NOTABLE_LATIN.test(text);
  return true;
}

/**
 * log2(1 + count) × the weaker edge's entropy × (1 + cohesion / 10, at most 2) — frequent, free at
 * both edges, firmly joined — × how new it is to the dictionaries: 1 for a string neither knows,
 * 1 / (1 + log10(1 + jieba frequency)) for a jieba word (巡检 0.34, 芯片 0.25), 0.5 for a word only
 * CC-CEDICT has. New jargon comes first; dictionary words that are terms too (芯片) stay on the list.
 */
export function scoreOf(s: Pick<StringStats, 'count' | 'leftEntropy' | 'rightEntropy' | 'cohesion'>, known: { jiebaFrequency?: number; inCedict: boolean }): number {
  const joined = s.cohesion === undefined ? 1 : 1 + Math.min(Math.max(s.cohesion, 0), 10) / 10;
  const novelty = known.jiebaFrequency !== undefined ? 1 / (1 + Math.log10(1 + known.jiebaFrequency)) : known.inCedict ? 0.5 : 1;
  return Math.log2(1 + s.count) * Math.min(s.leftEntropy, s.rightEntropy) * joined * novelty;
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around [start, end) in `text`, trimmed to at most `maxChars` around the string. */
export function sentenceAt(text: string, start: number, end: number, maxChars = 120): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  let sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length > maxChars) {
    const left = Math.max(from, start - Math.floor((maxChars - (end - start)) / 2));
    sentence = `…${text.slice(left, left + maxChars).replace(/\s+/g, ' ').trim()}…`;
  }
  return sentence;
}

/** Ranked candidates, best first, each with two example sentences (from different places) and their files. */
export function mineCandidates(
  files: readonly { file: string; text: string }[],
  dictionaries: Dictionaries,
  options: MiningOptions = DEFAULT_MINING,
): Candidate[] {
  const texts = files.map(({ text }) => ({ text, runs: runsOf(text) }));
  const stats = stringStats(texts, options).filter(
    (s) =>
      isShapeOfTerm(s) &&
      (s.cohesion === undefined || s.cohesion >= options.minCohesion) &&
      Math.min(s.leftEntropy, s.rightEntropy) >= options.minEntropy &&
      !dictionaries.inGlossary(s.text) &&
      !dictionaries.isCommon(s.text),
  );
  const places = occurrencesOf(
    files.map((f) => f.text),
    stats.map((s) => s.text),
    2,
  );
  return stats
    .map((s): Candidate => {
      const jiebaFrequency = dictionaries.jiebaFrequency(s.text);
      const inCedict = dictionaries.inCedict(s.text);
      return {
        ...s,
        kind: kindOf(s.text),
        score: scoreOf(s, { jiebaFrequency, inCedict }),
        ...(jiebaFrequency === undefined ? {} : { jiebaFrequency }),
        inCedict,
        examples: (places.get(s.text) ?? []).map((o) => ({ file: files[o.text]!.file, sentence: sentenceAt(files[o.text]!.text, o.start, o.end) })),
      };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
}

const TSV_HEADER = ['candidate', 'kind', 'count', 'cohesion', 'left_entropy', 'right_entropy', 'score', 'jieba_freq', 'in_cedict', 'file_1', 'example_1', 'file_2', 'example_2'];
const cell = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
const fixed = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));

/** The candidates as TSV with a header row, for a spreadsheet. */
export function candidatesTsv(candidates: readonly Candidate[]): string {
  const rows = candidates.map((c) => {
    const [a, b] = c.examples;
    return [
      c.text, c.kind, String(c.count), fixed(c.cohesion), fixed(c.leftEntropy), fixed(c.rightEntropy), fixed(c.score),
      c.jiebaFrequency === undefined ? '' : String(c.jiebaFrequency), c.inCedict ? 'yes' : '',
      a?.file ?? '', a?.sentence ?? '', b?.file ?? '', b?.sentence ?? '',
    ].map(cell).join('\t');
  });
  return [TSV_HEADER.join('\t'), ...rows].join('\n') + '\n';
}
