/**
 * Simplified/Traditional conversion for the glossary build (never shipped to pages: the content
 * script matches the forms this produces and needs no converter).
 */
import * as OpenCC from 'opencc-js';
import { foldText } from '../text/fold';
import { TAIWAN_FORM_PHRASES, TAIWAN_PHRASES } from './taiwan-phrases';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const taiwanToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const PROSE_PHRASES = longestFirst(Object.keys(TAIWAN_PHRASES));
const FORM_PHRASES = longestFirst(Object.keys(TAIWAN_FORM_PHRASES));

/**
 * Taiwan characters (OpenCC, character conversion), with reviewed Taiwan phrases (taiwan-phrases.ts)
 * outside the `names` given, which keep their characters only.
 */
function toTaiwanWording(text: string, table: Readonly<Record<string, string>>, names: readonly string[] = []): string {
  const PHRASES = table === TAIWAN_PHRASES ? PROSE_PHRASES : FORM_PHRASES;
  const nameList = longestFirst(names);
  let out = '';
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const name = nameList.find((n) => text.startsWith(n, i));
    const phrase = name ? undefined : PHRASES.find((p) => text.startsWith(p, i));
    if (!name && !phrase) {
      plain += text[i];
      i++;
      continue;
    }
    out += toTaiwan(plain) + (name ? toTaiwan(name) : table[phrase!]);
    plain = '';
    i += (name ?? phrase!).length;
  }
  return out + toTaiwan(plain);
}

/** Traditional forms of a Simplified string (Taiwan characters, reviewed Taiwan phrases, Hong Kong), without it. */
export function traditionalVariants(text: string): string[] {
  const out = new Set([toTaiwan(text), toTaiwanWording(text, TAIWAN_FORM_PHRASES), toHongKong(text)]);
  out.delete(text);
  return [...out];
}

/**
 * Prose (a definition, a category name) for Traditional readers: Taiwan characters, and the
 * reviewed Taiwan phrases except inside `names` (the glossary's own terms: 空天信息创新研究院 stays
 * 空天信息創新研究院).
 */
export function traditionalProse(text: string, names: readonly string[] = []): string {
  return toTaiwanWording(text, TAIWAN_PHRASES, names);
}

const simplifiedCache = new Map<string, string>();

function simplifiedChar(ch: string): string {
  let out = simplifiedCache.get(ch);
  if (out === undefined) {
    out = taiwanToSimplified(ch);
    if (out === ch) out = hongKongToSimplified(ch);
    // Keep offsets exact: a conversion that changes length is not used.
    if (out.length !== ch.length) out = ch;
    simplifiedCache.set(ch, out);
  }
  return out;
}

/**
 * Folds and converts every character to Simplified, one for one, so that seeds written in either
 * script (or a mix: 002 writes 爲 beside 為, 开 beside 開) can be searched with Simplified forms at
 * the same offsets as the original text.
 */
export function simplifiedKey(text: string): string {
  const folded = foldText(text);
  let out = '';
  for (const ch of folded) out += simplifiedChar(ch);
  return out;
}
