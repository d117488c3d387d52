/**
 * Numbered pinyin (CC-CEDICT's `ni3 hao3`, Pleco's `ni3hao3`) to tone marks (`nǐ hǎo`). The mark
 * goes on a or e if present, on the o of "ou", else on the last vowel — the standard rule.
 */
const MARKS: Record<string, string> = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ', E: 'ĒÉĚÈ', I: 'ĪÍǏÌ', O: 'ŌÓǑÒ', U: 'ŪÚǓÙ', Ü: 'ǕǗǙǛ',
};

function markSyllable(letters: string, tone: number): string {
  const s = letters.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  if (tone < 1 || tone > 4) return s; // 5 (and 0) is the neutral tone: no mark
  const lower = s.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return s; // no vowel (m2, n2, r5): left as letters
  const vowel = s[at]!;
  return s.slice(0, at) + MARKS[vowel]![tone - 1] + s.slice(at + 1);
}

/** Whether the text uses numbered syllables (any letter run directly followed by a tone digit). */
export function isNumberedPinyin(text: string): boolean {
  return /[a-zü:]+[1-5]/i.test(text);
}

/** Tone-marked pinyin from numbered; text without tone digits comes back unchanged. */
export function numberedToMarked(text: string): string {
  return text.replace(/([a-zü]+(?::)?[a-zü]*)([0-5])/gi, (_m, letters: string, tone: string) => markSyllable(letters, Number(tone)));
}
