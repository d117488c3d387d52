/**
 * "First occurrence only": each term is painted at its earliest match in document order (all are
 * still counted). Kept beside the match store: which match is first changes as runs are added and
 * dropped, and the run that loses or gains a first match is painted again.
 */
import type { RunRecord } from './match-store';
import type { TextRun } from './text-runs';

export interface FirstOccurrenceOptions {
  /** A record's first text node, read from its run when given, else from the page. */
  firstNodeOf(record: RunRecord, run?: TextRun): Text | undefined;
  /** Paints a record again (its first matches changed). */
  repaint(record: RunRecord): void;
  /** Every record in the store. */
  records(): Iterable<RunRecord>;
}

export type FirstOccurrences = ReturnType<typeof createFirstOccurrences>;

export function createFirstOccurrences({ firstNodeOf, repaint, records }: FirstOccurrenceOptions) {
  /** Each term's earliest match so far: its record and the match's position in `matches`. */
  const firstOf = new Map<number, { record: RunRecord; i: number }>();

  /** Is match `i` of `a` before match `j` of `b` in the document? (Across shadow trees: no.) */
  function precedes(a: RunRecord, i: number, b: RunRecord, j: number, aRun?: TextRun): boolean {
    if (a === b) return i < j;
    const na = firstNodeOf(a, aRun);
    const nb = firstNodeOf(b);
    return !!na && !!nb && (na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  return {
    /** Is match `i` of `record` its term's first? */
    isFirst(record: RunRecord, i: number): boolean {
      const first = firstOf.get(record.matches[i + 2]!);
      return first?.record === record && first.i === i;
    },

    /** A new record (before it is painted): its matches that come first take over. */
    note(record: RunRecord, run: TextRun | undefined): void {
      const m = record.matches;
      for (let i = 0; i < m.length; i += 3) {
        const term = m[i + 2]!;
        const first = firstOf.get(term);
        if (first && !precedes(record, i, first.record, first.i, run)) continue;
        firstOf.set(term, { record, i });
        if (first && first.record !== record) repaint(first.record);
      }
    },

    /** After records left: the next earliest match of each term whose first one went with them. */
    handOn(gone: Set<RunRecord>): void {
      const terms: number[] = [];
      for (const [term, first] of firstOf) if (gone.has(first.record)) terms.push(term);
      if (terms.length === 0) return;
      for (const term of terms) firstOf.delete(term);
      const wanted = new Set(terms);
      for (const record of records()) {
        const m = record.matches;
        for (let i = 0; i < m.length; i += 3) {
          const term = m[i + 2]!;
          if (!wanted.has(term)) continue;
          const first = firstOf.get(term);
          if (!first || precedes(record, i, first.record, first.i)) firstOf.set(term, { record, i });
        }
      }
      for (const term of terms) {
        const first = firstOf.get(term);
        if (first) repaint(first.record);
      }
    },

    /** Nothing to hand "first" on to. */
    clear: () => firstOf.clear(),
  };
}
