/**
 * Chooses a term's excerpts among its occurrences and attributes each to the story it belongs to.
 * A headline, a picture caption or a credit names the term but tells the reader nothing, so none is
 * ever an excerpt; seed 004's page interleaves paragraphs of several stories, so a story is found
 * paragraph by paragraph, not by the last heading above.
 */
import { EXCERPTS_PER_TERM, EXCERPT_MAX_CHARS, HEADING_MAX_CHARS } from '../../limits';
import { definingScore, excerptSpan, isHeadingLine } from './excerpts';
import type { ScanHit } from './scan';
import type { Excerpt, Passage, Source } from '../types';

export interface SeedHit {
  source: Source;
  text: string;
  hit: ScanHit;
}

/** Where a story's text runs: from `offset` to the next run's offset (runs sorted by offset). */
export interface StoryRun {
  offset: number;
  story: number;
}

/** Per source id: its story runs and the [start, end) spans of its captions. */
export interface SourceLayout {
  runs: StoryRun[];
  captions: [number, number][];
}

/** The story a seed offset belongs to: the last run starting at or before it (the first story before any). */
export function storyAt(runs: StoryRun[], offset: number): number {
  let story = runs[0]?.story ?? 0;
  for (const run of runs) {
    if (run.offset > offset) break;
    story = run.story;
  }
  return story;
}

// Closing punctuation: a long line that ends without it, before a paragraph break, was cut by the page layout.
const CLOSES = /[。！？!?…”」』"）)；;：:]$/;

/**
 * Whether the span starts the second half of a sentence the seed's print layout split at a paragraph
 * break (seed 000: 竞 / 争). A short line before the break is a heading, not a cut. (A span that ends
 * at such a break already scores as a heading line in definingScore.)
 */
function startsMidSentence(text: string, spanStart: number): boolean {
  const before = text.slice(0, spanStart);
  const previousLine = before.trimEnd();
  if (!/\n\s*$/.test(before) || previousLine.length === 0 || CLOSES.test(previousLine)) return false;
  return previousLine.length - (previousLine.lastIndexOf('\n') + 1) > HEADING_MAX_CHARS;
}

export function chooseExcerpts(hits: SeedHit[], layouts: Map<string, SourceLayout>, passage?: Passage): Excerpt[] {
  const candidates = hits.flatMap(({ source, text, hit }) => {
    const span = excerptSpan(text, hit.start, hit.end, EXCERPT_MAX_CHARS);
    const layout = layouts.get(source.id);
    if (isHeadingLine(text, span) && span.end - span.start <= HEADING_MAX_CHARS) return [];
    if (layout?.captions.some(([a, b]) => a < span.end && span.start < b)) return [];
    const score = definingScore({
      text,
      span,
      match: hit,
      passage: passage && { ...passage, inSameSource: passage.source === source.id },
    });
    // The second half of a sentence reads as a fragment: prefer whole sentences.
    const penalty = startsMidSentence(text, span.start) ? 3 : 0;
    return [{ source, text, hit, span, score: score - penalty, story: storyAt(layout?.runs ?? [], span.start) }];
  });
  const chosen: typeof candidates = [];
  const usedSources = new Set<string>();
  while (chosen.length < EXCERPTS_PER_TERM) {
    let best: (typeof candidates)[number] | undefined;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      if (chosen.some((o) => o.source === c.source && o.span.start < c.span.end && c.span.start < o.span.end)) continue;
      // Prefer a new source for the second and third excerpt: provenance from several articles.
      const score = c.score - (usedSources.has(c.source.id) ? 2 : 0);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    usedSources.add(best.source.id);
  }
  return chosen.map(({ source, text, hit, span, story }) => ({
    source: source.id,
    offset: span.start,
    text: text.slice(span.start, span.end),
    mark: [hit.start - span.start, hit.end - span.start] as [number, number],
    story,
    ...(span.clippedStart ? { clippedStart: true as const } : {}),
    ...(span.clippedEnd ? { clippedEnd: true as const } : {}),
  }));
}
