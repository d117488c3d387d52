/**
 * A matcher that drops the matches of some terms (those the reader chose not to mark). The text a
 * dropped match covered stays unmarked: the reader asked for that term not to be marked there, not
 * for a shorter term inside it to be marked instead.
 */
import type { Match, Matcher } from './matcher';
import type { TermIds } from './term-ids';

export function withoutTerms(matcher: Matcher, dropped: ReadonlySet<number>): Matcher {
  if (dropped.size === 0) return matcher;
  return {
    get nodeCount() {
      return matcher.nodeCount;
    },
    get pageIsTech() {
      return matcher.pageIsTech;
    },
    get deferred() {
      return matcher.deferred;
    },
    newPage: () => matcher.newPage(),
    explain: (text, start, end, termIndex, from, to) => matcher.explain(text, start, end, termIndex, from, to),
    find(text, out, from, to, startAt, startBefore, marks) {
      const n = matcher.find(text, out, from, to, startAt, startBefore, marks);
      let kept = 0;
      for (let i = 0; i < n; i += 3) {
        if (dropped.has(out[i + 2]!)) continue;
        out[kept] = out[i]!;
        out[kept + 1] = out[i + 1]!;
        out[kept + 2] = out[i + 2]!;
        kept += 3;
      }
      return kept;
    },
    scan(text, onMatch, from, to) {
      matcher.scan(text, (start, end, termIndex) => dropped.has(termIndex) || onMatch(start, end, termIndex), from, to);
    },
    matchAll(text, marks): Match[] {
      return matcher.matchAll(text, marks).filter((m) => !dropped.has(m.termIndex));
    },
  };
}

/** The term indexes of `ids` in a page matcher's ids (found without cutting out every id: term-ids.ts). */
export function termIndexes(allIds: TermIds, ids: readonly string[]): Set<number> {
  return ids.length === 0 ? new Set() : allIds.indexesOf(ids);
}
