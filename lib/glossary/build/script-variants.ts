/**
 * Simplified/Traditional conversion for the glossary build (never shipped to pages: the content
 * script matches the forms this produces and needs no converter).
 */
import * as OpenCC from 'opencc-js';
import { foldText } from '../../text/fold';
import { NAME_SPELLINGS, TAIWAN_FORM_PHRASES, TAIWAN_NAMES, TAIWAN_PHRASES } from './taiwan-phrases';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const taiwanToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const PHRASE_LISTS = new Map([TAIWAN_PHRASES, TAIWAN_FORM_PHRASES, TAIWAN_NAMES].map((table) => [table, longestFirst(Object.keys(table))]));
const SPELLED_NAMES = longestFirst(Object.keys(NAME_SPELLINGS));

/** Taiwan characters, with the reviewed spellings of names OpenCC's phrases would change (扣子 stays 扣子). */
function taiwanCharacters(text: string, convert: (s: string) => string = toTaiwan): string {
  let out = '';
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const name = SPELLED_NAMES.find((n) => text.startsWith(n, i));
    if (!name) {
      plain += text[i];
      i++;
      continue;
    }
    out += convert(plain) + NAME_SPELLINGS[name];
    plain = '';
    i += name.length;
  }
  return out + convert(plain);
}

/**
 * Taiwan characters (OpenCC, character conversion), with reviewed Taiwan phrases (taiwan-phrases.ts)
 * outside the `names` given, which keep their characters only.
 */
function toTaiwanWording(text: string, table: Readonly<Record<string, string>>, names: readonly string[] = []): string {
  const PHRASES = PHRASE_LISTS.get(table)!;
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
    out += taiwanCharacters(plain) + (name ? taiwanCharacters(name) : table[phrase!]);
    plain = '';
    i += (name ?? phrase!).length;
  }
  return out + taiwanCharacters(plain);
}

/**
 * Traditional forms of a Simplified string (Taiwan characters, reviewed Taiwan phrases, Hong Kong),
 * without it. A proper name is never reworded (百川智能 is not 百川智慧): it gets characters only,
 * and the few names Taiwan writes otherwise (英伟达 → 輝達).
 */
export function traditionalVariants(text: string, { properName = false } = {}): string[] {
  const wording = toTaiwanWording(text, properName ? TAIWAN_NAMES : TAIWAN_FORM_PHRASES);
  const out = new Set([taiwanCharacters(text), wording, taiwanCharacters(text, toHongKong)]);
  out.delete(text);
  return [...out];
}

/**
 * Prose (a definition, a category name) for Traditional readers: Taiwan characters, and the
 * reviewed Taiwan phrases except inside `names` (the glossary's proper names: 空天信息创新研究院 stays
 * 空天信息創新研究院).
 */
export function traditionalProse(text: string, names: readonly string[] = []): string {
  return toTaiwanWording(text, TAIWAN_PHRASES, names);
}

const simplifiedCache = new Map<string, string>();

/**
 * Characters Simplified text writes as they are in some words, which a character-alone conversion
 * would change: 乾 (乾坤, 乾隆, 乾崑; 干 only where it means dry), 吒 (哪吒).
 */
const KEPT_IN_SIMPLIFIED = new Set(['乾', '吒']);

function simplifiedChar(ch: string): string {
  let out = simplifiedCache.get(ch);
  if (out === undefined) {
    // A character with a Traditional form of its own that converts back to it is Simplified already:
    // 么 (麼) stays 么, not 幺; a variant such as 羣 (Taiwan 群) is not.
    const traditional = toTaiwan(ch);
    const simplifiedAlready = KEPT_IN_SIMPLIFIED.has(ch) || (traditional !== ch && taiwanToSimplified(traditional) === ch);
    out = simplifiedAlready ? ch : taiwanToSimplified(ch);
    if (out === ch && !simplifiedAlready) out = hongKongToSimplified(ch);
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

/** Taiwan characters only, no wording (names keep their reviewed spellings): how a name stands in Traditional text. */
export const traditionalCharacters = (text: string): string => taiwanCharacters(text);

/** OpenCC's own Taiwan and Hong Kong characters, before the reviewed name spellings (扣子 → 釦子): what a veto may still name. */
export const openccVariants = (text: string): string[] => [toTaiwan(text), toHongKong(text)];
