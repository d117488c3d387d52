/**
 * Folds characters that differ between pages but mean the same thing for matching. Each UTF-16
 * unit maps to exactly one unit, so an offset in folded text is the same offset in the original:
 * the content script can match folded text and paint ranges on the page's own nodes.
 */

// The middle-dot family used in names like 空天·灵眸: · U+00B7, ・ U+30FB, • U+2022, ‧ U+2027,
// ∙ U+2219, ･ U+FF65, ⋅ U+22C5.
const MIDDLE_DOTS = new Set([0x00b7, 0x30fb, 0x2022, 0x2027, 0x2219, 0xff65, 0x22c5]);
// Hyphen and dash variants (Gen‐3, Gen–3): U+2010–U+2015, − U+2212, ﹣ U+FE63.
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63]);
const MIDDLE_DOT = 0x00b7;
const HYPHEN = 0x2d;
const PLUS = 0x2b;
const SMALL_PLUS = 0xfe62; // ﹢
// Fullwidth ASCII ！..～ (U+FF01–U+FF5E) sits exactly 0xFEE0 above ASCII: ＡＩＧＣ = AIGC, ＋ = +.
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

let table: Uint16Array | undefined;
const folded: number[] = [];

/**
 * The fold of each UTF-16 unit whose fold is not itself, and 0 for every other unit (read a
 * code's fold as `table[code] || code`, or with `foldCharCode`). Only the few hundred codes above
 * are written: a content script builds this in every frame, and filling an identity table of
 * 65,536 entries in not-yet-optimised script costs milliseconds.
 */
export function foldTable(): Uint16Array {
  if (!table) {
    const built = new Uint16Array(0x10000);
    const fold = (code: number, to: number) => {
      if (code === to) return;
      built[code] = to;
      folded.push(code);
    };
    for (let code = FULLWIDTH_FIRST; code <= FULLWIDTH_LAST; code++) fold(code, code - FULLWIDTH_OFFSET);
    for (const code of MIDDLE_DOTS) fold(code, MIDDLE_DOT);
    for (const code of DASHES) fold(code, HYPHEN);
    fold(SMALL_PLUS, PLUS);
    folded.sort((a, b) => a - b);
    table = built;
  }
  return table;
}

/** The codes whose fold is not themselves (those foldTable writes), ascending. */
export function foldedCodes(): readonly number[] {
  foldTable();
  return folded;
}

export function foldCharCode(code: number): number {
  return code < 0x80 ? code : foldTable()[code] || code;
}

/** Same length as `text`, offsets preserved. */
export function foldText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCharCode(code);
    if (folded !== code) changed = true;
    out += String.fromCharCode(folded);
  }
  return changed ? out : text;
}

export const NOT_LATIN = 0;
/** Bits of `tokenClass`: what may not touch a Latin form's edge (Latin forms match whole tokens only). */
export const TOUCH_LETTER = 1;
export const TOUCH_DIGIT = 2;
export const TOUCH_UNDERSCORE = 4;
/** A hyphen between a form and a letter or digit joins a token: Type-C端口 holds no C端, GPT-4o no GPT. */
export const TOUCH_JOINING_HYPHEN = 8;
export const LATIN_LETTER = 1;
export const LATIN_DIGIT = 2;

/**
 * Latin terms match on word boundaries: a form may not run into a neighbour of the same class
 * (MaaS ≠ MaaSive, Sora ≠ Soraya), while a digit beside a letter is a boundary (320TFLOPS, GPT4o).
 */
export function latinClass(code: number): number {
  if (code >= 0x30 && code <= 0x39) return LATIN_DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN_LETTER;
  return NOT_LATIN;
}

/** The neighbour's bit for `tokenClass` masks: letter, digit, underscore, or 0. */
export function tokenClass(code: number): number {
  if (code >= 0x30 && code <= 0x39) return TOUCH_DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return TOUCH_LETTER;
  return code === 0x5f ? TOUCH_UNDERSCORE : 0;
}

/**
 * Which neighbours may not touch an edge character of a form: none beside a Chinese character;
 * beside a letter or digit, any letter, digit or underscore (GPT-4 is not in GPT-4o, prompt not in
 * img_prompt), except that with `digitsMayTouch` digits may touch a letter edge (320TFLOPS) and
 * letters a digit edge. A hyphen joined to a letter or digit on the far side too (Type-C, GPT-4o).
 */
export function edgeMask(edge: number, side: 'start' | 'end', digitsMayTouch = false): number {
  const own = latinClass(edge);
  if (own === NOT_LATIN) return 0;
  let mask = TOUCH_LETTER | TOUCH_DIGIT | TOUCH_UNDERSCORE;
  if (digitsMayTouch) mask &= own === LATIN_LETTER ? ~TOUCH_DIGIT : ~TOUCH_LETTER;
  return mask | TOUCH_JOINING_HYPHEN;
}

/** Does the neighbour of a match edge (at `at`; `at - 1` before a start) break `mask`? */
export function touches(text: string, at: number, mask: number, side: 'start' | 'end', from: number, to: number): boolean {
  if (side === 'start') {
    if (at <= from) return false;
    const before = foldCharCode(text.charCodeAt(at - 1));
    if ((tokenClass(before) & mask) !== 0) return true;
    return (mask & TOUCH_JOINING_HYPHEN) !== 0 && before === 0x2d && at - 1 > from && tokenClass(foldCharCode(text.charCodeAt(at - 2))) !== 0;
  }
  if (at >= to) return false;
  const after = foldCharCode(text.charCodeAt(at));
  if ((tokenClass(after) & mask) !== 0) return true;
  return (mask & TOUCH_JOINING_HYPHEN) !== 0 && after === 0x2d && at + 1 < to && tokenClass(foldCharCode(text.charCodeAt(at + 1))) !== 0;
}
