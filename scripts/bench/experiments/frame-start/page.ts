/**
 * A frame's start as the content script does it, for `packed-reply.ts`: the reply parsed and
 * checked, the reader's known and ignored terms found among its ids, the matcher wrapped. Copied
 * into an earlier commit's tree and bundled with that tree's lib/, so each reply is read by the
 * code of its own commit (the calls are the same in both).
 */
import { matcherOf } from '../../../../lib/matcher/matcher';
import { termIndexes } from '../../../../lib/matcher/without-terms';
import { parsePageMatcher } from '../../../../lib/messages';

function start(reply: string, statuses: string[], text = ''): { parseMs: number; statusesMs: number; wrapMs: number; scanMs: number; found: number; nodes: number; matches: number } {
  const t0 = performance.now();
  const table = parsePageMatcher(JSON.parse(reply));
  if (!table) throw new Error('the reply was refused');
  const t1 = performance.now();
  const found = termIndexes(table.ids, statuses).size;
  const t2 = performance.now();
  const matcher = matcherOf(table.layout);
  const t3 = performance.now();
  // A page's first text: the rules its candidates reach are read here (lazily, in both encodings).
  const matches = text ? matcher.matchAll(text).length : 0;
  const t4 = performance.now();
  return { parseMs: t1 - t0, statusesMs: t2 - t1, wrapMs: t3 - t2, scanMs: t4 - t3, found, nodes: matcher.nodeCount, matches };
}

Object.assign(globalThis, { FrameStart: { start } });
