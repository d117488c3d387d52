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

/** A piece of a long text, cut at a line end: `offset` is where it starts in the whole text. */
export interface TextChunk {
  offset: number;
  text: string;
}

/** Cuts text into pieces of about `size` characters, each ending at a line end (or the text's end). */
export function chunksOf(text: string, size: number): TextChunk[] {
  const out: TextChunk[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start + size >= text.length ? text.length : text.indexOf('\n', start + size);
    end = end < 0 ? text.length : end + (end < text.length ? 1 : 0);
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
