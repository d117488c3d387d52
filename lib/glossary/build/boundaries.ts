/**
 * Word boundaries from a segmentation dictionary: where a glossary form can cut through an
 * ordinary word (智能体 in 智能体验, 钉钉 in 板上钉钉, 央企 across 中央企业). For each form, every
 * dictionary word that overlaps one of its Chinese edges gives a short context; the segmenter reads
 * that context, and where it does not keep the form whole the context becomes an exclusion. Where a
 * longer word saves the form again (智能体系 is 智能/体系, but 智能体系统 is 智能体/系统) that longer
 * context is kept: the page matcher rejects a match inside an exclusion unless a kept context covers it.
 * Pure: the segmenter is injected (jieba in the build, segmenter.ts; tiny fakes in tests).
 */

export interface Segmenter {
  /** Dictionary words and their frequencies. */
  words: ReadonlyMap<string, number>;
  /** Idioms and set phrases (板上钉钉): a form inside one is part of the phrase, not itself. */
  setPhrases: ReadonlySet<string>;
  /** Segments `text`; the pieces concatenate back to `text`. */
  cut(text: string): string[];
}

export interface Boundaries {
  exclude: string[];
  keep: string[];
}

/**
 * Dictionary words rarer than this are not tried beside a form (jieba: 60 % of its words are
 * rarer; they are rare compounds a page seldom writes, and each tried word is one more exclusion
 * the page matcher carries). Set phrases that hold a whole form are always tried: 板上钉钉.
 */
export const MIN_WORD_FREQUENCY = 300;
/** A kept context needs a common word to save the form (智能体系统: 系统 20,602): rarer ones are too many to carry. */
export const MIN_RESCUE_FREQUENCY = 2000;
/** Longest part of a form a neighbouring word may share (words are rarely longer than four). */
const MAX_OVERLAP = 3;

const HAN = /\p{Script=Han}/u;

interface WordIndex {
  byPrefix: Map<string, string[]>;
  bySuffix: Map<string, string[]>;
  /** Set phrases by each two characters they hold. */
  byBigram: Map<string, string[]>;
  freq: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Segmenter, WordIndex>();

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

function indexOf(segmenter: Segmenter): WordIndex {
  let index = indexes.get(segmenter);
  if (index) return index;
  index = { byPrefix: new Map(), bySuffix: new Map(), byBigram: new Map(), freq: segmenter.words };
  for (const [word, freq] of segmenter.words) {
    if (word.length < 2 || !HAN.test(word)) continue;
    if (segmenter.setPhrases.has(word)) {
      const seen = new Set<string>();
      for (let i = 0; i + 2 <= word.length; i++) {
        const bigram = word.slice(i, i + 2);
        if (!seen.has(bigram)) push(index.byBigram, bigram, word);
        seen.add(bigram);
      }
    }
    if (freq < MIN_WORD_FREQUENCY) continue;
    for (let k = 1; k <= Math.min(MAX_OVERLAP, word.length - 1); k++) {
      push(index.byPrefix, word.slice(0, k), word);
      push(index.bySuffix, word.slice(word.length - k), word);
    }
  }
  indexes.set(segmenter, index);
  return index;
}

/** Does the segmentation of `text` have a cut at `start` and at `end`? */
function keepsWhole(segmenter: Segmenter, text: string, start: number, end: number): boolean {
  let at = 0;
  let cutAtStart = start === 0;
  let cutAtEnd = end === text.length;
  for (const piece of segmenter.cut(text)) {
    at += piece.length;
    if (at === start) cutAtStart = true;
    if (at === end) cutAtEnd = true;
  }
  return cutAtStart && cutAtEnd;
}

interface Context {
  text: string;
  /** Where the form starts in `text`. */
  at: number;
}

/** Every context in which a dictionary word overlaps an edge of `form`, or a set phrase holds it. */
function contextsOf(form: string, index: WordIndex): Context[] {
  const out = new Map<string, Context>();
  const add = (text: string, at: number) => {
    if (!out.has(text)) out.set(text, { text, at });
  };
  const n = form.length;
  if (HAN.test(form[n - 1]!)) {
    for (let k = 1; k <= Math.min(MAX_OVERLAP, n); k++) {
      for (const word of index.byPrefix.get(form.slice(n - k)) ?? []) add(form + word.slice(k), 0);
    }
  }
  if (HAN.test(form[0]!)) {
    for (let k = 1; k <= Math.min(MAX_OVERLAP, n); k++) {
      for (const word of index.bySuffix.get(form.slice(0, k)) ?? []) add(word.slice(0, word.length - k) + form, word.length - k);
    }
  }
  if (n >= 2) {
    for (const word of index.byBigram.get(form.slice(0, 2)) ?? []) {
      for (let at = word.indexOf(form); at >= 0; at = word.indexOf(form, at + 1)) if (word !== form) add(word, at);
    }
  }
  return [...out.values()];
}

/**
 * Longer contexts around an excluding one where a further word restores the form (智能体系 →
 * 智能体系统): a common dictionary word, or one of the form's own collocations however rare
 * (重量化 is cut, but 权重量化 is a real compound: 权重 is a collocation of 量化).
 */
function rescuesOf(context: Context, formLength: number, index: WordIndex, collocations: readonly string[]): Context[] {
  const out: Context[] = [];
  const { text, at } = context;
  const end = at + formLength;
  const common = (word: string) => index.freq.get(word)! >= MIN_RESCUE_FREQUENCY;
  for (let p = end; p < text.length; p++) {
    const overhang = text.slice(p);
    const words = [...(index.byPrefix.get(overhang) ?? []).filter(common), ...collocations.filter((w) => w.startsWith(overhang))];
    for (const word of words) if (word.length > overhang.length) out.push({ text: text + word.slice(overhang.length), at });
  }
  for (let q = at; q > 0; q--) {
    const overhang = text.slice(0, q);
    const words = [...(index.bySuffix.get(overhang) ?? []).filter(common), ...collocations.filter((w) => w.endsWith(overhang))];
    for (const word of words) if (word.length > q) out.push({ text: word.slice(0, word.length - q) + text, at: at + word.length - q });
  }
  return out;
}

/** The exclusion and kept contexts of one form (Simplified), by the segmenter's reading; `collocations` may rescue it. */
export function boundariesOf(form: string, segmenter: Segmenter, collocations: readonly string[] = []): Boundaries {
  if (!HAN.test(form)) return { exclude: [], keep: [] };
  const index = indexOf(segmenter);
  const exclude: string[] = [];
  const keep = new Set<string>();
  for (const context of contextsOf(form, index)) {
    if (keepsWhole(segmenter, context.text, context.at, context.at + form.length)) continue;
    exclude.push(context.text);
    for (const rescue of rescuesOf(context, form.length, index, collocations)) {
      if (keepsWhole(segmenter, rescue.text, rescue.at, rescue.at + form.length)) keep.add(rescue.text);
    }
  }
  return { exclude, keep: [...keep] };
}
