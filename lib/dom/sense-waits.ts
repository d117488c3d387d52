/**
 * Blocks whose everyday forms (推理 beside 速度) waited for the page to show a technology term: the
 * page is read in slices, the visible part first, so the term that settles it may come later. Once
 * the matcher says the page has shown one, those blocks are read again. The check runs after each
 * scan and costs two property reads; nothing is kept on a page without everyday forms.
 */
import type { Matcher } from '../matcher/compile';

/** Blocks remembered at most: a long page of everyday text keeps no more (they stay unmarked, as they should). */
const MAX_WAITING = 2000;

export function createSenseWaits(matcher: Matcher, reread: (container: Node) => void) {
  const waiting = new Set<Node>();
  return {
    /** After the matcher scanned (part of) a run of `container`. */
    scanned(container: Node): void {
      if (matcher.pageIsTech) {
        if (waiting.size === 0) return;
        for (const c of waiting) reread(c);
        waiting.clear();
      } else if (matcher.deferred > 0 && waiting.size < MAX_WAITING) {
        waiting.add(container);
      }
    },
    forget(node: Node): void {
      waiting.delete(node);
    },
  };
}
