/**
 * The sentence around a selection, kept with a term the reader adds ("where I met it"). Sentence
 * boundaries come from Intl.Segmenter (ICU's rules: 。！？ and Latin full stops alike); a sentence
 * longer than the limit is cut to a window around the selection, marked with ellipses.
 */

export interface SentenceInput {
  /** The text of the block the selection is in. */
  text: string;
  /** The selection's start and end in `text`. */
  start: number;
  end: number;
  maxChars: number;
}

let segmenter: Intl.Segmenter | undefined;

export function sentenceAround({ text, start, end, maxChars }: SentenceInput): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'sentence' });
  let from = 0;
  let to = text.length;
  for (const { index, segment } of segmenter.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= start) from = segmentEnd;
    else if (index >= end) {
      to = index;
      break;
    }
  }
  const sentence = text.slice(from, to);
  const trimmed = sentence.trim();
  if (trimmed.length <= maxChars) return trimmed.replace(/\s+/g, ' ');
  // Too long: a window centred on the selection, within the sentence.
  const selected = Math.min(end - start, maxChars);
  const room = maxChars - selected;
  let left = Math.max(from, start - Math.ceil(room / 2));
  const right = Math.min(to, left + maxChars);
  left = Math.max(from, right - maxChars);
  const cut = text.slice(left, right).trim().replace(/\s+/g, ' ');
  return `${left > from ? '…' : ''}${cut}${right < to ? '…' : ''}`;
}
