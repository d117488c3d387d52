/**
 * The build's check of Traditional prose: no mainland word that has a Taiwan counterpart in the
 * reviewed lists (taiwan-phrases.ts) may stand in a `zhHant` field, except inside a proper name
 * or a string the term keeps as written (`keepInTraditional`). The phrases the converter rewrites
 * can only survive inside such names; the words left to review (程序, 质量, 项目) fail the build
 * until a person decides.
 */
import { traditionalCharacters } from './script-variants';
import { MAINLAND_WORDS_TO_REVIEW, TAIWAN_PHRASES } from './taiwan-phrases';

export interface MainlandWord {
  /** The word as it stands in the Traditional text (程序, 晶體管). */
  word: string;
  /** What Taiwan writes (程式, 電晶體). */
  taiwan: string;
  at: number;
}

const entriesOf = (table: Readonly<Record<string, string>>) =>
  Object.entries(table).map(([mainland, taiwan]) => ({ word: traditionalCharacters(mainland), taiwan }));

// A phrase whose Taiwan wording keeps its characters (数字人民币) is a name, not a mainland word.
const MAINLAND = [...entriesOf(TAIWAN_PHRASES), ...entriesOf(MAINLAND_WORDS_TO_REVIEW)].filter((e) => e.word !== e.taiwan);
/** Reviewed Taiwan wordings that contain a mainland word (數字人民幣 holds 數字人): never a hit. */
const TAIWAN_WORDINGS = Object.values(TAIWAN_PHRASES);

function spansOf(text: string, strings: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const s of strings) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) spans.push([i, i + s.length]);
  }
  return spans;
}

/** The mainland words in `hant` outside the `kept` strings (given in either script). */
export function mainlandWordsIn(hant: string, kept: readonly string[]): MainlandWord[] {
  const covered = spansOf(hant, [...new Set([...kept, ...kept.map(traditionalCharacters), ...TAIWAN_WORDINGS])]);
  const hits: MainlandWord[] = [];
  for (const { word, taiwan } of MAINLAND) {
    for (let at = hant.indexOf(word); at >= 0; at = hant.indexOf(word, at + 1)) {
      if (!covered.some(([start, end]) => start <= at && at + word.length <= end)) hits.push({ word, taiwan, at });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** One problem per mainland word found, naming the term, the field and the words around it. */
export function checkTraditionalProse(label: string, hant: string, kept: readonly string[], problems: string[]): void {
  for (const { word, taiwan, at } of mainlandWordsIn(hant, kept)) {
    const around = hant.slice(Math.max(0, at - 8), at + word.length + 8);
    problems.push(
      `${label} keeps the mainland word "${word}" (Taiwan: ${taiwan}) in "…${around}…": reword the zh text, ` +
        'add a reviewed phrase to lib/glossary/build/taiwan-phrases.ts, or list the name it stands in under keepInTraditional',
    );
  }
}
