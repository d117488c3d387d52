/**
 * Picks excerpts for a term: the sentence around an occurrence, trimmed to about
 * EXCERPT_MAX_CHARS at clause boundaries, preferring sentences that define the term.
 */
import type { Passage } from '../types';

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，、,：:]/;
// What may be trimmed from an excerpt's edges: spaces (incl. ideographic and no-break), Markdown heading marks.
const EDGE_NOISE = /[\s\u3000\u00a0#]/;

export interface Span {
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++; // keep the sentence's own full stop
  while (s < start && EDGE_NOISE.test(text[s]!)) s++;
  while (e > end && EDGE_NOISE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The excerpt span for the occurrence [start, end): its sentence, cut to `max` where longer. */
export function excerptSpan(text: string, start: number, end: number, max: number): Span {
  const sentence = sentenceAround(text, start, end);
  if (sentence.end - sentence.start <= max) return { ...sentence, clippedStart: false, clippedEnd: false };

  // Clause boundaries inside the sentence (a boundary is the index just after a clause mark).
  const bounds = [sentence.start];
  for (let i = sentence.start; i < sentence.end; i++) {
    if (CLAUSE_END.test(text[i]!) && i + 1 < sentence.end) bounds.push(i + 1);
  }
  bounds.push(sentence.end);

  // Start with the clauses that hold the occurrence, then widen a clause at a time, right first.
  let lo = 0;
  while (lo + 1 < bounds.length && bounds[lo + 1]! <= start) lo++;
  let hi = lo + 1;
  while (hi < bounds.length - 1 && bounds[hi]! < end) hi++;
  let a = bounds[lo]!;
  let b = bounds[hi]!;
  if (b - a > max) {
    // One clause is longer than the budget: a plain window centred on the occurrence.
    a = Math.max(sentence.start, Math.min(start - Math.floor((max - (end - start)) / 2), sentence.end - max));
    b = Math.min(sentence.end, a + max);
  } else {
    for (let grew = true; grew; ) {
      grew = false;
      if (hi + 1 < bounds.length && bounds[hi + 1]! - a <= max) {
        b = bounds[++hi]!;
        grew = true;
      }
      if (lo > 0 && b - bounds[lo - 1]! <= max) {
        a = bounds[--lo]!;
        grew = true;
      }
    }
  }
  // Don't end on a dangling clause mark or start on a space.
  while (b > end && (CLAUSE_END.test(text[b - 1]!) || EDGE_NOISE.test(text[b - 1]!))) b--;
  while (a < start && EDGE_NOISE.test(text[a]!)) a++;
  return { start: a, end: b, clippedStart: a > sentence.start, clippedEnd: b < sentence.end };
}

// Right after the term: （expansion）, 是指, 指的是, 是一种/個/款, 即, 简称 — the article is defining it.
const DEFINES_AFTER = /^[”」』"]?\s*(?:[（(]|是指|指的是|是一[种種个個款]|[,，]?即|[简簡][称稱]|是)/;
const STRONG_DEFINES_AFTER = /^[”」』"]?\s*(?:[（(]|是指|指的是|是一[种種个個款])/;
const DEFINING_WORDS = /是指|指的是|所[谓謂]|[简簡][称稱]|以下[简簡][称稱]|即/;

export interface ScoreInput {
  text: string;
  span: Span;
  match: { start: number; end: number };
  /** The definition's seed passage in the same source, if any. */
  passage?: Passage & { inSameSource: boolean };
}

const SENTENCE_CLOSE = /[。！？!?…”」』"）)]$/;

/** A headline or subheading: a whole line of its own with no closing punctuation. */
export function isHeadingLine(text: string, span: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt).trim();
  return line.length > 0 && text.slice(span.start, span.end).trim() === line.replace(/^#+\s*/, '') && !SENTENCE_CLOSE.test(line);
}

/** Higher is better: defining sentences first, then the term leading its sentence; headlines last. */
export function definingScore({ text, span, match, passage }: ScoreInput): number {
  let score = 0;
  if (passage?.inSameSource) {
    const overlaps = passage.offset < span.end && passage.offset + passage.text.length > span.start;
    if (overlaps) score += 8;
  }
  const after = text.slice(match.end, Math.min(span.end, match.end + 8));
  if (STRONG_DEFINES_AFTER.test(after)) score += 4;
  else if (DEFINES_AFTER.test(after)) score += 2;
  if (DEFINING_WORDS.test(text.slice(span.start, span.end))) score += 1;
  if (match.start - span.start <= 2) score += 1;
  // A headline names the term but tells the reader nothing about it.
  if (isHeadingLine(text, span)) score -= 4;
  return score;
}
