/**
 * Version suffixes after a model family's Latin name: Qwen3, Qwen2.5-Max, Llama 4, GLM-4.5,
 * Claude 4, DeepSeek-V3, Kimi K2, Qwen-Max. The family is marked over the whole name where no more
 * specific term matched; a version running into letters (GPT-4o, GPT-4V) is no version of the family.
 */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isLetter = (c: number) => isUpper(c) || isLower(c);
/** Is `text[from, to)` small letters only (a model id as an API writes it)? */
function isLowerWord(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isLower(text.charCodeAt(i))) return false;
  return true;
}
const HYPHEN = 0x2d;
const SPACE = 0x20;
const DOT = 0x2e;

/** Digits with dotted parts (2.5, 4.1): where they end, or `at` when there are none. */
function number(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  if (i === at) return at;
  while (i + 1 < to && text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Model sizes written after a number: 72B, 7b, 1T. */
const isSizeUnit = (c: number) => c === 0x42 || c === 0x62 || c === 0x4d || c === 0x54; // B b M T

/** A version number or a size (72B), or one capital letter and a number (V3, R1, K2). */
function versionNumber(text: string, at: number, to: number): number {
  const plain = number(text, at, to);
  if (plain > at) return plain < to && isSizeUnit(text.charCodeAt(plain)) ? plain + 1 : plain;
  if (at + 1 < to && isUpper(text.charCodeAt(at))) {
    const lettered = number(text, at + 1, to);
    if (lettered > at + 1) return lettered;
  }
  return at;
}

/** `-Max`, `-72B`, `-Instruct`, `-2507`: parts after a hyphen, letters and digits. */
function hyphenParts(text: string, at: number, to: number): number {
  let end = at;
  while (end + 1 < to && text.charCodeAt(end) === HYPHEN) {
    let i = end + 1;
    while (i < to && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
    if (i === end + 1) break;
    end = i;
  }
  return end;
}

/**
 * Where a version after a family name `text[nameStart, end)` ends, or `end` when there is none. The
 * caller checks that the version ends a token (the family's own end rule, at the returned end).
 */
export function versionEnd(text: string, end: number, to: number, nameStart = end): number {
  if (end >= to) return end;
  const c = text.charCodeAt(end);
  // Qwen3 and Qwen2.5 run on; Llama 4 and Kimi K2 after a space; GLM-4.5 and DeepSeek-V3 after a hyphen.
  // GPT-5.1, DeepSeek-V3.1: a name ending in a version number goes on only with its point release or a variant.
  if (end > 0 && isDigit(text.charCodeAt(end - 1))) {
    if (c === DOT && end + 1 < to && isDigit(text.charCodeAt(end + 1))) return hyphenParts(text, number(text, end + 1, to), to);
    return c === HYPHEN ? hyphenParts(text, end, to) : end; // GPT-5-mini
  }
  // DeepSeekV3, KimiK2: a capital and a number written straight after a name ending in a small letter.
  if (isUpper(c) && end > nameStart && isLower(text.charCodeAt(end - 1))) {
    const lettered = versionNumber(text, end, to);
    return lettered > end + 1 ? hyphenParts(text, lettered, to) : end;
  }
  if (!isDigit(c) && c !== SPACE && c !== HYPHEN) return end;
  const start = isDigit(c) ? end : end + 1;
  const at = versionNumber(text, start, to);
  if (at > start) return hyphenParts(text, at, to);
  // Qwen-Max, Qwen-VL: a named variant, written with a capital.
  if (c === HYPHEN && start < to && isUpper(text.charCodeAt(start))) return hyphenParts(text, end, to);
  // kimi-thinking-preview, deepseek-chat, qwen-plus: an API's model id, the family written in small letters.
  if (c === HYPHEN && start < to && isLower(text.charCodeAt(start)) && isLowerWord(text, nameStart, end)) return hyphenParts(text, end, to);
  return end;
}
