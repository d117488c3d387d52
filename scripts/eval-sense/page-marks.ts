/**
 * The marks the extension would paint on a page holding one corpus item: the matcher the
 * background builds from data/glossary.json (no own terms), sent as a message and wrapped as a
 * frame wraps it, run block by block over the page's text as the annotator runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Glossary } from '../../lib/glossary/types';
import { buildLayout } from '../../lib/matcher/compile';
import { entriesOfTerms } from '../../lib/matcher/entries';
import { layoutForMessage, parseLayout } from '../../lib/matcher/layout';
import { matcherOf, type Matcher } from '../../lib/matcher/matcher';
import { termsWithOwn } from '../../lib/matcher/with-own';

export const GLOSSARY_PATH = join(import.meta.dirname, '..', '..', 'data', 'glossary.json');

export interface PageMark {
  term: string;
  start: number;
  end: number;
}

export interface PageMarker {
  /** Every mark on a page whose blocks are the "\n"-separated lines of `text`; offsets into `text`. */
  marksOf(text: string): PageMark[];
  /** The ids of the terms the page matcher knows (marked terms, and unmarked ones by id). */
  termIds: ReadonlySet<string>;
  /** Ids of terms with `marked: false`: never painted. */
  unmarkedIds: ReadonlySet<string>;
}

export function readGlossary(path = GLOSSARY_PATH): Glossary {
  return JSON.parse(readFileSync(path, 'utf8')) as Glossary;
}

export function pageMarker(glossary: Glossary = readGlossary()): PageMarker {
  const terms = termsWithOwn(glossary.terms, [], new Set());
  // Through JSON, as a message carries it to a frame.
  const message = JSON.parse(JSON.stringify(layoutForMessage(buildLayout(entriesOfTerms(terms))))) as unknown;
  const layout = parseLayout(message, terms.length);
  if (!layout) throw new Error('the page matcher layout did not survive its message');
  const matcher: Matcher = matcherOf(layout);
  const found: number[] = [];
  return {
    marksOf(text) {
      // One page: what it shows of technology starts from nothing. Blocks whose everyday forms
      // waited for the page to show a technology term are read again once it has, as the
      // annotator does (lib/dom/sense-waits.ts).
      matcher.newPage();
      const blocks = text.split('\n');
      const byBlock: PageMark[][] = [];
      const waiting: number[] = [];
      const read = (b: number) => {
        const n = matcher.find(blocks[b]!, found);
        const blockStart = blocks.slice(0, b).reduce((sum, block) => sum + block.length + 1, 0);
        const marks: PageMark[] = [];
        for (let k = 0; k < n; k += 3) {
          marks.push({ term: terms[found[k + 2]!]!.id, start: blockStart + found[k]!, end: blockStart + found[k + 1]! });
        }
        byBlock[b] = marks;
        if (matcher.deferred > 0 && !matcher.pageIsTech) waiting.push(b);
      };
      for (let b = 0; b < blocks.length; b++) read(b);
      if (matcher.pageIsTech) for (const b of waiting.splice(0)) read(b);
      return byBlock.flat();
    },
    termIds: new Set(glossary.terms.map((t) => t.id)),
    unmarkedIds: new Set(glossary.terms.filter((t) => t.marked === false).map((t) => t.id)),
  };
}
