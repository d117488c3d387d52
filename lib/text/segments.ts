/** Splits text into paragraphs (by line) and each paragraph into plain and matched segments. Pure. */
import type { Matcher } from '../matcher/compile';

export interface Segment {
  text: string;
  /** The matched term's index, for a marked segment. */
  termIndex?: number;
}

export interface Paragraph {
  /** UTF-16 offset of the paragraph in the whole text. */
  offset: number;
  segments: Segment[];
}

export function paragraphsOf(text: string, matcher: Matcher): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const segments: Segment[] = [];
      let at = 0;
      matcher.scan(line, (start, end, termIndex) => {
        if (start > at) segments.push({ text: line.slice(at, start) });
        segments.push({ text: line.slice(start, end), termIndex });
        at = end;
      });
      if (at < line.length) segments.push({ text: line.slice(at) });
      out.push({ offset, segments });
    }
    offset += line.length + 1;
  }
  return out;
}
