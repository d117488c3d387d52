/**
 * Paints records into the Highlight while their anchor is near the viewport, and takes them out
 * again: ranges are only worth creating for text the reader can see soon. Painting is queued and
 * done a part at a time (a block read NODES_PER_CLOCK_CHECK nodes at a time, then
 * PAINT_MATCHES_PER_CLOCK_CHECK matches between clock checks): one block can hold 200,000 text
 * nodes and tens of thousands of matches, and painting them at once was a 600 ms task.
 */
import { PAINT_MATCHES_PER_CLOCK_CHECK, RUN_CACHE_BLOCKS } from '../limits';
import type { RunRecord } from './match-store';
import { classify, SKIP } from './skip';
import { locate, type TextRun } from './text-runs';

export interface PainterOptions {
  /** Where ranges go; undefined where the browser has no Highlight API. */
  highlight: Highlight | undefined;
  /** The block a record's run is in (null if the page lost it). */
  containerOf(record: RunRecord): Node | null;
  /** Reads a part of a block: its runs once read whole, else undefined (ask again). */
  readSome(container: Node): Map<number, TextRun> | undefined;
  /** Which matches to paint (all unless given): "first occurrence only" paints fewer. */
  shows?: (record: RunRecord, i: number) => boolean;
  /** There is painting to do: ask for a slice. */
  wake(): void;
  /** Terms painted more lightly (the reader knows them), into a second Highlight. */
  light?: LightMarks;
}

export interface LightMarks {
  highlight: Highlight | undefined;
  /** Term indexes in the page matcher. */
  terms: ReadonlySet<number>;
}

/** A record being painted: `ranges` is its `painted` list (another list there means the job is void). */
interface Job {
  record: RunRecord;
  ranges: StaticRange[];
  run: TextRun | undefined;
  length: number;
  /** The next match (its position in `matches`). */
  next: number;
}

export type Painter = ReturnType<typeof createPainter>;

export function createPainter({ highlight, containerOf, readSome, shows, wake, light }: PainterOptions) {
  const near = new Set<Element>();
  let jobs: Job[] = [];
  let head = 0;
  /** Blocks to read into the run cache for a hover (see queries.ts); a few at most, newest first. */
  const reads: Node[] = [];

  /** Queues a record's painting; `known` is its run when the caller read it anyway. */
  function paint(record: RunRecord, known?: TextRun): void {
    if (record.painted || record.matches.length === 0) return;
    const ranges: StaticRange[] = [];
    record.painted = ranges;
    jobs.push({ record, ranges, run: known, length: known ? textLength(known) : 0, next: 0 });
    wake();
  }

  function unpaint(record: RunRecord): void {
    if (!record.painted) return;
    for (const range of record.painted) {
      // A range is in one of the two; deleting from the other is a no-op.
      highlight?.delete(range);
      light?.highlight?.delete(range);
    }
    record.painted = undefined;
  }

  /** Does a part of the first job; false when the job is finished (or void). */
  function advance(job: Job): boolean {
    const { record } = job;
    if (record.painted !== job.ranges) return false;
    if (!job.run) {
      const container = containerOf(record);
      const runs = container && readSome(container);
      if (runs === undefined) return true; // more of the block to read
      job.run = runs?.get(record.index);
      // The page changed under it; the mutation that did so brings a rescan.
      if (!job.run) {
        record.painted = undefined;
        return false;
      }
      job.length = textLength(job.run);
      return true;
    }
    const { matches } = record;
    const stop = Math.min(matches.length, job.next + 3 * PAINT_MATCHES_PER_CLOCK_CHECK);
    for (let i = job.next; i < stop; i += 3) {
      if (shows && !shows(record, i)) continue;
      if (matches[i + 1]! > job.length) continue; // stale offsets: the rescan is on its way
      const into = light?.terms.has(matches[i + 2]!) ? light.highlight : highlight;
      for (const range of staticRangesOf(job.run, matches[i]!, matches[i + 1]!)) {
        job.ranges.push(range);
        into?.add(range);
      }
    }
    job.next = stop;
    return stop < matches.length;
  }

  return {
    paint,
    unpaint,
    repaint(record: RunRecord): void {
      if (!record.painted) return;
      unpaint(record);
      paint(record);
    },
    /** Paints until the deadline or the queue is empty; true if painting is left. */
    paintUntil(deadline: number): boolean {
      while (reads.length > 0) {
        if (performance.now() >= deadline) return true;
        if (readSome(reads[0]!) || !reads[0]!.isConnected) reads.shift();
      }
      while (head < jobs.length) {
        if (performance.now() >= deadline) return true;
        if (!advance(jobs[head]!)) jobs[head++] = undefined as unknown as Job;
      }
      jobs = [];
      head = 0;
      return false;
    },
    pending: () => head < jobs.length || reads.length > 0,
    /** Reads a block into the run cache in the coming slices: a hover over it is answered then. */
    readLater(container: Node): void {
      if (reads.includes(container)) return;
      reads.unshift(container);
      if (reads.length > RUN_CACHE_BLOCKS) reads.pop();
      wake();
    },
    /** Shadow roots and documents are never watched: their runs are painted at once. */
    isNear: (anchor: Node) => anchor.nodeType !== Node.ELEMENT_NODE || near.has(anchor as Element),
    /** An anchor came near the viewport or left it: its records are queued for painting or taken out. */
    setNear(anchor: Element, isNear: boolean, records: readonly RunRecord[] = []): void {
      if (isNear) near.add(anchor);
      else near.delete(anchor);
      for (const record of records) (isNear ? paint : unpaint)(record);
    },
    /** An anchor is no longer watched. */
    forget: (anchor: Element) => near.delete(anchor),
    clear(): void {
      near.clear();
      jobs = [];
      head = 0;
      reads.length = 0;
    },
  };
}

/** A run's text length (its text itself is dropped once scanned). */
function textLength(run: TextRun): number {
  const last = run.nodes.length - 1;
  return run.starts[last]! + run.nodes[last]!.data.length;
}

/**
 * The ranges that paint one match: one, unless the match runs across text TermLens skips (the
 * reading in <ruby>天数<rt>tiān shù</rt>天算</ruby>), which is left unpainted between two ranges.
 */
function staticRangesOf(run: TextRun, start: number, end: number): StaticRange[] {
  const from = locate(run, start);
  const to = locate(run, end, true);
  if (from.node === to.node) {
    return [new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset })];
  }
  const out: StaticRange[] = [];
  let first = from.index;
  let firstOffset = from.offset;
  const last = to.index;
  for (let k = first; k < last; k++) {
    if (!skippedBetween(run.nodes[k]!, run.nodes[k + 1]!)) continue;
    out.push(new StaticRange({ startContainer: run.nodes[first]!, startOffset: firstOffset, endContainer: run.nodes[k]!, endOffset: run.nodes[k]!.data.length }));
    first = k + 1;
    firstOffset = 0;
  }
  out.push(new StaticRange({ startContainer: run.nodes[first]!, startOffset: firstOffset, endContainer: to.node, endOffset: to.offset }));
  return out;
}

/** Is there a skipped element (an <rt>, a <script>…) between two text nodes of one run? */
function skippedBetween(a: Text, b: Text): boolean {
  let node: Node | null = a;
  for (;;) {
    let next: Node | null = node.firstChild;
    while (!next && node) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    if (!next || next === b) return false;
    if (next.nodeType === Node.ELEMENT_NODE && classify(next as Element) === SKIP) return true;
    node = next;
  }
}
