/**
 * Numbered pinyin ("dian4 nao3", CC-CEDICT's "lu:4", Pleco's "lv4", "r5") as tone marks ("diàn nǎo",
 * "lǜ", "r"). The dictionary index is built with it, and imported glossaries read through it.
 */

const MARKS: Record<string, string> = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ', E: 'ĒÉĚÈ', I: 'ĪÍǏÌ', O: 'ŌÓǑÒ', U: 'ŪÚǓÙ', Ü: 'ǕǗǙǛ',
};

/** Letters (ü written as ü, u: or v) and a tone: 1–4, or 5 / 0 for the neutral tone. */
const SYLLABLE = /^([A-Za-zÜü:]+)([0-5])$/;

/** Where the mark goes: on a or e; on the o of ou; otherwise on the last vowel. */
function markIndex(letters: string): number {
  const lower = letters.toLowerCase();
  for (const vowel of ['a', 'e']) {
    const at = lower.indexOf(vowel);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i]!)) return i;
  return -1;
}

/** One syllable; anything that is not numbered pinyin (a Latin letter, "·", a digit string) is kept as it is. */
export function markSyllable(syllable: string): string {
  const m = SYLLABLE.exec(syllable);
  if (!m) return syllable;
  const letters = m[1]!.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5 || tone === 0) return letters;
  const at = markIndex(letters);
  // m2, ng4, hm5: syllabic nasals carry no vowel; keep the number rather than guess a mark.
  if (at < 0) return syllable;
  return letters.slice(0, at) + MARKS[letters[at]!]![tone - 1] + letters.slice(at + 1);
}

/** A space-separated pinyin reading. */
export function markPinyin(reading: string): string {
  return reading.split(' ').map(markSyllable).join(' ');
}

/** Pinyin in brackets inside a sense, as CC-CEDICT cross-references write it: 拜拜[bai2 bai2] → 拜拜[bái bái]. */
export function markBracketedPinyin(text: string): string {
  return text.replace(/\[([A-Za-z: 0-9]+)\]/g, (_, reading: string) => `[${markPinyin(reading)}]`);
}
