/**
 * Simplified/Traditional conversion for the glossary build (never shipped to pages: the content
 * script matches the forms this produces and needs no converter).
 */
import * as OpenCC from 'opencc-js';
import { foldText } from '../text/fold';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Taiwan phrase-level wording: 视频 → 影片, 软件 → 軟體, 信息 → 資訊.
const toTaiwanPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const taiwanToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Traditional forms of a Simplified string (Taiwan characters, Taiwan phrases, Hong Kong), without it. */
export function traditionalVariants(text: string): string[] {
  const out = new Set([toTaiwan(text), toTaiwanPhrases(text), toHongKong(text)]);
  out.delete(text);
  return [...out];
}

/** Prose (a definition, a category name) for Traditional readers: Taiwan characters and wording. */
export function traditionalProse(text: string): string {
  return toTaiwanPhrases(text);
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
