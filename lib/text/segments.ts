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

/** A piece of a long text, cut at a line end (or, in a very long line, after punctuation): `offset` is where it starts in the whole text. */
export interface TextChunk {
  offset: number;
  text: string;
}

/** Characters a piece of a long line may end after: sentence and clause punctuation, and spaces (no term holds them). */
const SOFT_BREAK = /[。！？；，、：.!?;,:\s]/u;

/**
 * Cuts text into pieces of about `size` characters, each ending at a line end; a line longer than
 * twice that (a 5 MB file on one line) after punctuation or a space, else at `2 × size`. So no
 * piece is larger than `2 × size`: each is laid out and scanned in a task of its own.
 */
export function chunksOf(text: string, size: number): TextChunk[] {
  const out: TextChunk[] = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start, size);
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

function pieceEnd(text: string, start: number, size: number): number {
  if (start + size >= text.length) return text.length;
  const hardEnd = Math.min(text.length, start + 2 * size);
  const lineEnd = text.indexOf('\n', start + size);
  if (lineEnd >= 0 && lineEnd < hardEnd) return lineEnd + 1;
  for (let i = start + size; i < hardEnd; i++) if (SOFT_BREAK.test(text[i]!)) return i + 1;
  if (hardEnd === text.length) return hardEnd;
  // Never between the two halves of a surrogate pair.
  const last = text.charCodeAt(hardEnd - 1);
  return last >= 0xd800 && last <= 0xdbff ? hardEnd - 1 : hardEnd;
}
