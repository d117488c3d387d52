/**
 * "First occurrence only": each term is painted at its earliest match in document order (all are
 * still counted). Kept beside the match store: which match is first changes as runs are added and
 * dropped, and the run that loses or gains a first match is painted again.
 *
 * When a term's first match leaves the page, finding the next one means looking at every record:
 * that sweep is done in the work queue's slices (`sweepUntil`), never in the mutation callback
 * that took the match away (a feed flapping its first story made each callback a long task).
 * Records are ordered by their blocks, not their text nodes: comparing two blocks reads nothing
 * of them, where a text node would mean reading a whole block's runs.
 */
import type { RunRecord } from './match-store';
import type { TextRun } from './text-runs';

export interface FirstOccurrenceOptions {
  /** The block a record's run is in (null if the page lost it). */
  containerOf(record: RunRecord): Node | null;
  /** A record's first text node, read from its run when given, else from the page (for runs of nested blocks). */
  firstNodeOf(record: RunRecord, run?: TextRun): Text | undefined;
  /** Paints a record again (its first matches changed). */
  repaint(record: RunRecord): void;
  /** Every record in the store. */
  records(): Iterable<RunRecord>;
  /** A sweep is waiting: ask for a slice. */
  wake(): void;
}

export type FirstOccurrences = ReturnType<typeof createFirstOccurrences>;

/** Records looked at between clock checks during a sweep. */
const RECORDS_PER_CLOCK_CHECK = 64;

export function createFirstOccurrences({ containerOf, firstNodeOf, repaint, records, wake }: FirstOccurrenceOptions) {
  /** Each term's earliest match so far: its record and the match's position in `matches`. */
  const firstOf = new Map<number, { record: RunRecord; i: number }>();
  /** Terms whose first match left, waiting for a sweep. */
  const orphaned = new Set<number>();
  /** The sweep in progress: the terms it looks for (not painted meanwhile) and where it is. */
  let sweep: { terms: Set<number>; rest: Iterator<RunRecord> } | undefined;

  /** Is match `i` of `a` before match `j` of `b` in the document? (Across shadow trees: no.) */
  function precedes(a: RunRecord, i: number, b: RunRecord, j: number, aRun?: TextRun): boolean {
    if (a === b) return i < j;
    const ca = containerOf(a);
    const cb = containerOf(b);
    if (!ca || !cb) return false;
    // A block's runs are numbered in document order.
    if (ca === cb) return a.index < b.index;
    const position = ca.compareDocumentPosition(cb);
    if ((position & Node.DOCUMENT_POSITION_DISCONNECTED) !== 0) return false;
    if ((position & (Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_CONTAINED_BY)) === 0) {
      return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    }
    // One block inside the other: the outer one's run may be before or after the inner block.
    const na = firstNodeOf(a, aRun);
    const nb = firstNodeOf(b);
    return !!na && !!nb && (na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  /** `record`'s match `i` is now its term's first: the record that had it is painted again. */
  function take(term: number, record: RunRecord, i: number): void {
    const before = firstOf.get(term);
    firstOf.set(term, { record, i });
    if (before && before.record !== record && !sweep?.terms.has(term)) repaint(before.record);
  }

  return {
    /** Is match `i` of `record` its term's first? (Not while a sweep looks for that term's.) */
    isFirst(record: RunRecord, i: number): boolean {
      const term = record.matches[i + 2]!;
      if (sweep?.terms.has(term)) return false;
      const first = firstOf.get(term);
      return first?.record === record && first.i === i;
    },

    /** A new record (before it is painted): its matches that come first take over. */
    note(record: RunRecord, run: TextRun | undefined): void {
      const m = record.matches;
      for (let i = 0; i < m.length; i += 3) {
        const term = m[i + 2]!;
        const first = firstOf.get(term);
        if (first && !precedes(record, i, first.record, first.i, run)) continue;
        take(term, record, i);
      }
    },

    /** Records left: the terms whose first match went with them wait for a sweep. */
    handOn(gone: Set<RunRecord>): void {
      for (const [term, first] of firstOf) {
        if (!gone.has(first.record)) continue;
        firstOf.delete(term);
        orphaned.add(term);
      }
      if (orphaned.size > 0) wake();
    },

    /** Sweeps the records for the orphaned terms' next first match until the deadline; true if sweeping is left. */
    sweepUntil(deadline: number): boolean {
      if (orphaned.size > 0) {
        // A new orphan starts the sweep over, with the terms it was looking for too.
        const terms = new Set(sweep?.terms);
        for (const term of orphaned) terms.add(term);
        orphaned.clear();
        sweep = { terms, rest: records()[Symbol.iterator]() };
      }
      if (!sweep) return false;
      const { terms, rest } = sweep;
      for (let n = 1; ; n++) {
        if (n % RECORDS_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) return true;
        const next = rest.next();
        if (next.done) break;
        const record = next.value;
        if (record.gone) continue; // dropped while the sweep was between slices
        const m = record.matches;
        for (let i = 0; i < m.length; i += 3) {
          const term = m[i + 2]!;
          if (!terms.has(term)) continue;
          const first = firstOf.get(term);
          if (!first || precedes(record, i, first.record, first.i)) take(term, record, i);
        }
      }
      sweep = undefined;
      for (const term of terms) {
        const first = firstOf.get(term);
        if (first) repaint(first.record);
      }
      return false;
    },

    pending: () => orphaned.size > 0 || sweep !== undefined,

    /** Nothing to hand "first" on to. */
    clear(): void {
      firstOf.clear();
      orphaned.clear();
      sweep = undefined;
    },
  };
}
