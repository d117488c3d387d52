/**
 * Is an everyday form (推理, 参数, 神经网络) meant in its technology sense here? The evidence, strongest
 * first, from the form's reviewed words (data/senses.yaml) and the text around it; the matcher asks
 * only where such a form matched. The same reading says on the card why a term was marked.
 */
import { COLLOCATION_WINDOW_CHARS, SENSE_WINDOW_CHARS } from '../limits';
import { wordNear, wordTouching } from './word-search';

/** Marked: the evidence is enough on any page. */
export const SENSE_MARK = 2;
/** Marked once the page has shown a technology term (a collocation alone: 推理 + 速度). */
export const SENSE_NEEDS_PAGE = 1;
export const SENSE_NO = 0;
export type SenseVerdict = typeof SENSE_MARK | typeof SENSE_NEEDS_PAGE | typeof SENSE_NO;

/**
 * Why an everyday form was marked: `compound` a word written against it (推理芯片), `strong` a word
 * near it that only its technology sense takes (寒武纪 + 股价), `term` an unambiguous glossary term
 * nearby, `cue` a technology word nearby, `collocations` two of its collocations near it (量化 + 比特,
 * 精度), `collocation` one, on a page that has shown technology.
 */
export type SenseReasonKind = 'compound' | 'strong' | 'term' | 'cue' | 'collocations' | 'collocation';

export interface SenseReason {
  kind: SenseReasonKind;
  /** The word that gave the evidence, as the page writes it ("模型", "速度 + 部署"). */
  word: string;
}

/** An everyday form's reviewed word lists, by index into `SenseWords.lists`. */
export interface SenseRefs {
  near?: number;
  compounds?: number;
  strong?: number;
  against?: number;
}

export interface SenseWords {
  /** Technology cue words (sense-cues.ts), folded and lower-cased. */
  cues: readonly string[];
  /** Word lists, folded and lower-cased. */
  lists: readonly (readonly string[])[];
}

/**
 * The verdict for the form at `[start, end)` of `text[from, to)`, and its reason in `reason` (left as
 * it was for SENSE_NO). `termNear(lo, hi)` returns an unambiguous glossary term's text in
 * `text[lo, hi)`, if any (asked on either side of the form, not over it).
 */
export function senseVerdict(
  text: string, start: number, end: number, from: number, to: number,
  refs: SenseRefs, words: SenseWords, termNear: (lo: number, hi: number) => string | undefined, reason: SenseReason,
): SenseVerdict {
  const found = (kind: SenseReasonKind, word: string, verdict: SenseVerdict) => {
    reason.kind = kind;
    reason.word = word;
    return verdict;
  };
  const list = (index: number | undefined) => (index === undefined ? undefined : words.lists[index]);
  const nearLo = Math.max(from, start - COLLOCATION_WINDOW_CHARS);
  const nearHi = Math.min(to, end + COLLOCATION_WINDOW_CHARS);
  const compounds = list(refs.compounds);
  const compound = compounds && wordTouching(text, compounds, start, end, from, to);
  if (compound) return found('compound', compound, SENSE_MARK);
  const strongWords = list(refs.strong);
  const strong = strongWords && wordNear(text, strongWords, nearLo, nearHi, start, end);
  if (strong) return found('strong', strong, SENSE_MARK);
  const lo = Math.max(from, start - SENSE_WINDOW_CHARS);
  const hi = Math.min(to, end + SENSE_WINDOW_CHARS);
  // Words of the everyday sense (神经网络 beside 神经元, 大脑) outweigh anything but the two above.
  const against = list(refs.against);
  if (against && wordNear(text, against, lo, hi, start, end)) return SENSE_NO;
  const term = termNear(lo, start) ?? termNear(end, hi);
  if (term) return found('term', term, SENSE_MARK);
  const cue = wordNear(text, words.cues, lo, hi, start, end);
  if (cue) return found('cue', cue, SENSE_MARK);
  const near = list(refs.near);
  if (!near) return SENSE_NO;
  const first = wordNear(text, near, nearLo, nearHi, start, end);
  if (!first) return SENSE_NO;
  // Two different collocations around one form (量化 + 比特 … 精度) read as one sentence of technology.
  const second = wordNear(text, near.filter((w) => w !== first), nearLo, nearHi, start, end);
  if (second) return found('collocations', `${first} + ${second}`, SENSE_MARK);
  return found('collocation', first, SENSE_NEEDS_PAGE);
}
