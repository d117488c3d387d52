/** Pinyin for the glossary build (pinyin-pro reads polyphones such as 行业 háng yè in context). */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Toned pinyin with Latin runs kept whole (天工SkyMusic → "tiān gōng SkyMusic"); '' without Han. */
export function tonedPinyin(text: string): string {
  if (!hasHan(text)) return '';
  const syllables = pinyin(text, { type: 'array', toneType: 'symbol', nonZh: 'consecutive' });
  return syllables
    .map((s) => s.trim())
    .filter((s) => LETTERS_OR_DIGITS.test(s))
    .join(' ');
}
