/**
 * Paints records into the Highlight while their anchor is near the viewport, and takes them out
 * again: ranges are only worth creating for text the reader can see soon. Painting is queued and
 * done a part at a time (a block read NODES_PER_CLOCK_CHECK nodes at a time, then
 * PAINT_MATCHES_PER_CLOCK_CHECK matches between clock checks): one block can hold 200,000 text
 * nodes and tens of thousands of matches, and painting them at once was a 600 ms task.
 *
 * Inside a huge flat block (a sparse index, sparse-block.ts) only the marks' spans near the
 * viewport are painted, more as the reader scrolls, and those far from it taken out again: the
 * observer sees the block as one element, and 20,000 ranges in the highlight made each frame of
 * the page half a second long.
 */
import { NEAR_VIEWPORT_SCREENS, PAINT_MATCHES_PER_CLOCK_CHECK, RUN_CACHE_BLOCKS, SPARSE_BLOCK_MIN_CHILDREN } from '../limits';
import type { RangeSink } from './highlight-style';
import type { RunRecord } from './match-store';
import type { BlockRuns } from './run-cache';
import { classify, SKIP } from './skip';
import { isSparse, markCount, marksBetween, sparseLength, windowOf, type SparseBlock } from './sparse-block';
import { locate, type TextRun } from './text-runs';

export interface PainterOptions {
  /** Where ranges go; undefined where the browser has no Highlight API. */
  highlight: RangeSink | undefined;
  /** The block a record's run is in (null if the page lost it). */
  containerOf(record: RunRecord): Node | null;
  /** Reads a part of a block: its runs once read whole, else undefined (ask again). */
  readSome(container: Node): BlockRuns | undefined;
  /** Which matches to paint (all unless given): "first occurrence only" paints fewer. */
  shows?: (record: RunRecord, i: number) => boolean;
  /** There is painting to do: ask for a slice. */
  wake(): void;
  /** Terms painted more lightly (the reader knows them), into a second Highlight. */
  light?: LightMarks;
  /** The reader's own terms, painted where the page cannot read them (private-layer.ts). */
  own?: OwnMarks;
}

export interface LightMarks {
  highlight: RangeSink | undefined;
  /** Term indexes in the page matcher. */
  terms: ReadonlySet<number>;
}

export interface OwnMarks {
  isOwn(termIndex: number): boolean;
  sink: RangeSink;
  /** Own terms the reader knows, where they are marked lightly. */
  lightSink: RangeSink;
}

/** A record being painted: `ranges` is its `painted` list (another list there means the job is void). */
interface Job {
  record: RunRecord;
  ranges: StaticRange[];
  run: TextRun | undefined;
  length: number;
  /** The next match (its position in `matches`). */
  next: number;
  /** In a sparse block: the marks' spans still to paint (undefined until the view is measured). */
  spans?: number[];
}

/** A sparse block's record being shown: the ranges of each mark's span painted. */
interface SpanPaint {
  block: SparseBlock;
  spans: Map<number, StaticRange[]>;
  /** A job is queued to measure the view again. */
  queued: boolean;
}

export type Painter = ReturnType<typeof createPainter>;

export function createPainter({ highlight, containerOf, readSome, shows, wake, light, own }: PainterOptions) {
  const near = new Set<Element>();
  let jobs: Job[] = [];
  let head = 0;
  /** Blocks to read into the run cache for a hover (see queries.ts); a few at most, newest first, with who waits for each. */
  const reads: { container: Node; ready: (() => void)[] }[] = [];
  /** Records of sparse blocks painted near the viewport, span by span. */
  const shown = new Map<RunRecord, SpanPaint>();

  /** Queues a record's painting; `known` is its run when the caller read it anyway. */
  function paint(record: RunRecord, known?: TextRun): void {
    if (record.painted || record.matches.length === 0) return;
    // A huge block read whole anyway (after a change) is still painted near the viewport only.
    if (known && known.nodes.length > SPARSE_BLOCK_MIN_CHILDREN) known = undefined;
    const ranges: StaticRange[] = [];
    record.painted = ranges;
    jobs.push({ record, ranges, run: known, length: known ? textLength(known) : 0, next: 0 });
    wake();
  }

  function remove(ranges: readonly StaticRange[]): void {
    for (const range of ranges) {
      // A range is in one of them; deleting from the others is a no-op.
      highlight?.delete(range);
      light?.highlight?.delete(range);
      own?.sink.delete(range);
      own?.lightSink.delete(range);
    }
  }

  function unpaint(record: RunRecord): void {
    if (!record.painted) return;
    remove(record.painted);
    const spans = shown.get(record)?.spans;
    if (spans) for (const ranges of spans.values()) remove(ranges);
    shown.delete(record);
    record.painted = undefined;
  }

  /** Paints match `i` of `record` from `run` into `out` (unless it is not shown, or stale beyond `length`). */
  function paintMatch(record: RunRecord, i: number, run: TextRun, length: number, out: StaticRange[]): void {
    const { matches } = record;
    if (shows && !shows(record, i)) return;
    if (matches[i + 1]! > length) return; // stale offsets: the rescan is on its way
    const term = matches[i + 2]!;
    const isLight = light?.terms.has(term) ?? false;
    const into = own?.isOwn(term) ? (isLight ? own.lightSink : own.sink) : isLight ? light!.highlight : highlight;
    for (const range of staticRangesOf(run, matches[i]!, matches[i + 1]!)) {
      out.push(range);
      into?.add(range);
    }
  }

  /**
   * A sparse block's record: measures which marks' spans are near the viewport, takes out those
   * that are no longer, and lists the new ones to paint (one span per step after that).
   */
  function measure(job: Job, paint: SpanPaint): void {
    const view = paint.block.container.ownerDocument.defaultView;
    const height = view?.innerHeight ?? 0;
    const [first, last] = marksBetween(paint.block, -NEAR_VIEWPORT_SCREENS * height, (1 + NEAR_VIEWPORT_SCREENS) * height);
    for (const [span, ranges] of paint.spans) {
      if (span >= first && span <= last) continue;
      remove(ranges);
      paint.spans.delete(span);
    }
    job.spans = [];
    for (let span = first; span <= last; span++) if (!paint.spans.has(span)) job.spans.push(span);
    paint.queued = false;
  }

  /** Paints one mark's span: the matches that start in it. */
  function paintSpan(record: RunRecord, paint: SpanPaint, span: number): void {
    const { block } = paint;
    const { matches } = record;
    const from = block.offsets[span]!;
    const to = block.offsets[span + 1]!;
    let i = firstMatchFrom(matches, from);
    let end = from;
    for (let k = i; k < matches.length && matches[k]! < to; k += 3) end = Math.max(end, matches[k + 1]!);
    const ranges: StaticRange[] = [];
    paint.spans.set(span, ranges);
    if (end === from) return;
    const run = windowOf(block, from, end);
    if (!run) return; // the page changed under it; the mutation that did so brings a rescan
    const length = sparseLength(block);
    for (; i < matches.length && matches[i]! < to; i += 3) paintMatch(record, i, run, length, ranges);
  }

  /** Does a part of the first job; false when the job is finished (or void). */
  function advance(job: Job): boolean {
    const { record } = job;
    if (record.painted !== job.ranges) return false;
    const spanPaint = shown.get(record);
    if (spanPaint) {
      if (!job.spans) measure(job, spanPaint);
      const span = job.spans!.shift();
      if (span !== undefined && !spanPaint.spans.has(span) && span < markCount(spanPaint.block)) paintSpan(record, spanPaint, span);
      return job.spans!.length > 0;
    }
    if (!job.run) {
      const container = containerOf(record);
      const runs = container && readSome(container);
      if (runs === undefined) return true; // more of the block to read
      if (runs && isSparse(runs)) {
        if (record.index !== 0) {
          record.painted = undefined;
          return false;
        }
        shown.set(record, { block: runs, spans: new Map(), queued: true });
        return true;
      }
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
    for (let i = job.next; i < stop; i += 3) paintMatch(record, i, job.run, job.length, job.ranges);
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
        const read = reads[0]!;
        if (!readSome(read.container) && read.container.isConnected) continue;
        reads.shift();
        for (const ready of read.ready) {
          try {
            ready();
          } catch {
            // What waited (a card, a step) failed on its own; the painting goes on.
          }
        }
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
    /** Reads a block into the run cache in the coming slices: a hover over it is answered then (`ready` is told). */
    readLater(container: Node, ready?: () => void): void {
      let read = reads.find((r) => r.container === container);
      if (!read) {
        read = { container, ready: [] };
        reads.unshift(read);
        if (reads.length > RUN_CACHE_BLOCKS) reads.pop();
      }
      if (ready && !read.ready.includes(ready)) read.ready.push(ready);
      wake();
    },
    /** The viewport moved (a scroll, a resize): sparse blocks near it measure again which parts to paint. */
    viewMoved(): void {
      for (const [record, paint] of shown) {
        if (paint.queued || !record.painted) continue;
        paint.queued = true;
        jobs.push({ record, ranges: record.painted, run: undefined, length: 0, next: 0 });
      }
      if (shown.size > 0) wake();
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
      shown.clear();
      jobs = [];
      head = 0;
      reads.length = 0;
    },
  };
}

/** The position in `matches` of the first match starting at or after `at`. */
function firstMatchFrom(matches: readonly number[], at: number): number {
  let lo = 0;
  let hi = matches.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid * 3]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo * 3;
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
