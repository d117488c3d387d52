/**
 * The annotator's pending work, done in slices of at most SLICE_BUDGET_MS: painting near the
 * viewport and the first-occurrence sweep first, then a long run's scan a part at a time, then a
 * block being read again, then blocks on screen (during the first walk), the walk in progress,
 * added subtrees, and containers whose own text changed. Every step is bounded: a block is read
 * NODES_PER_CLOCK_CHECK nodes at a time and a run scanned SCAN_CHUNK_CHARS characters at a time,
 * so a block of 200,000 text nodes or a 20 MB text node spreads over many slices.
 */
import { NODES_PER_CLOCK_CHECK, SCAN_CHUNK_CHARS, SLICE_BUDGET_MS } from '../limits';
import { createBlockTextCollector } from './block-text';
import { createOwnRunReader, type Collect, type RunText, type TextRun } from './text-runs';

/** A run longer than SCAN_CHUNK_CHARS being scanned a part at a time: matches so far, and where the next part starts. */
export interface RunScan {
  run: RunText;
  full: TextRun | undefined;
  at: number;
  matches: number[];
}

export interface WorkQueueOptions {
  /** Schedules the next slice. */
  schedule(fn: () => void): void;
  /** Records a run's matches; `full` is the run with its nodes when they were read anyway. */
  annotate(run: RunText, full?: TextRun): void;
  /** Scans a long run's part up to `until` (moving `scan.at`), and records the run after its last part. */
  annotatePart(scan: RunScan, until: number): void;
  /** Paints until the deadline; true if painting is left. */
  paintUntil(deadline: number): boolean;
  /** Sweeps for first occurrences until the deadline; true if sweeping is left. */
  sweepUntil(deadline: number): boolean;
  /** Is painting or sweeping waiting? */
  pending(): boolean;
  /** Has this container's text been read already (it has runs with matches)? */
  isRead(container: Node): boolean;
  /** Forgets what was read in a subtree about to be read again. */
  forgetSubtree(root: Node): void;
  /** Forgets a container's own runs (`gone`: it left the page). */
  forgetContainer(container: Node, gone: boolean): void;
  /** Would the first walk have read this node (no skipped ancestor)? */
  isReadable(node: Node): boolean;
  onShadowRoot(root: ShadowRoot): void;
  /** Called after a slice changed the annotations. */
  onChange?: () => void;
}

export type WorkQueue = ReturnType<typeof createWorkQueue>;

export function createWorkQueue(o: WorkQueueOptions) {
  /** Blocks on screen, read ahead of the first walk; it passes by them (`readEarly`). */
  let priority: Node[] = [];
  const readEarly = new Set<Node>();
  /** Whole subtrees to read, and containers whose own text changed. */
  const pendingRoots: Node[] = [];
  const dirty = new Set<Node>();
  let walk: { root: Node; collect: Collect<RunText> } | undefined;
  /** Long runs waiting for the rest of their scan, and a container's own text being read again. */
  const scans: RunScan[] = [];
  let own: { container: Node; collect: Collect<TextRun> } | undefined;
  let firstWalk = true;
  let scheduled = false;
  let stopped = false;

  const walkOf = (root: Node) => ({ root, collect: createBlockTextCollector(root, { onShadowRoot: o.onShadowRoot }).collect });

  function wake(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    o.schedule(step);
  }

  /** Re-reads the text a container holds itself (its nested blocks are containers of their own), a part per step. */
  function readOwn(container: Node): void {
    own = { container, collect: createOwnRunReader(container).collect };
  }

  /** A run to scan: at once, or a part at a time if it is long. */
  function take(run: RunText, full?: TextRun): void {
    if (run.text.length <= SCAN_CHUNK_CHARS) o.annotate(run, full);
    else scans.push({ run, full, at: 0, matches: [] });
  }

  const hasWork = () => priority.length > 0 || !!walk || pendingRoots.length > 0 || dirty.size > 0 || scans.length > 0 || !!own || o.pending();

  /** One slice: as much pending work as fits the budget. */
  function step(): void {
    scheduled = false;
    if (stopped) return;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let changed = false;
    while (performance.now() < deadline) {
      if (o.paintUntil(deadline) || o.sweepUntil(deadline)) break;
      const scan = scans[0];
      if (scan) {
        o.annotatePart(scan, Math.min(scan.run.text.length, scan.at + SCAN_CHUNK_CHARS));
        if (scan.at >= scan.run.text.length) scans.shift();
        changed = true;
        continue;
      }
      if (own) {
        const { runs, done, lost } = own.collect(NODES_PER_CLOCK_CHECK);
        for (const run of runs) take(run, run);
        changed ||= runs.length > 0;
        if (done || lost) own = undefined; // lost: the page removed it; the mutation that did so says what to forget
        continue;
      }
      const early = priority.shift();
      if (early) {
        // A block the first walk already read needs nothing more.
        if (early.isConnected && firstWalk && !o.isRead(early)) {
          readOwn(early);
          readEarly.add(early);
          changed = true;
        }
        continue;
      }
      if (walk) {
        const { runs, done, lost } = walk.collect(NODES_PER_CLOCK_CHECK);
        for (const run of runs) if (!readEarly.has(run.container)) take(run);
        changed ||= runs.length > 0;
        if (lost) pendingRoots.unshift(walk.root); // the page removed the node the walk stood on
        if (done || lost) {
          walk = undefined;
          if (firstWalk && !lost) {
            firstWalk = false;
            readEarly.clear();
          }
        }
        continue;
      }
      const root = pendingRoots.shift();
      if (root) {
        if (root.isConnected && o.isReadable(root)) {
          o.forgetSubtree(root);
          walk = walkOf(root);
        }
        continue;
      }
      const container = dirty.values().next();
      if (container.done) break;
      dirty.delete(container.value);
      o.forgetContainer(container.value, !container.value.isConnected);
      // Text typed into an editor, or put in a <script> or hidden element, stays unread.
      if (container.value.isConnected && o.isReadable(container.value)) readOwn(container.value);
      changed = true;
    }
    if (hasWork()) wake();
    if (changed) o.onChange?.();
  }

  return {
    /** Starts the first walk, over the whole of `root`. */
    start(root: Node): void {
      walk = walkOf(root);
      wake();
    },
    /** While the first walk runs: the blocks to read ahead of it (asked for only then). */
    readFirst(blocks: () => Node[]): void {
      if (stopped || !firstWalk) return;
      priority = blocks();
      wake();
    },
    /** Was this container read ahead of the first walk because it was on screen (a hit test found it)? */
    wasOnScreen: (container: Node): boolean => firstWalk && readEarly.has(container),
    /** A subtree to read whole. */
    read(root: Node): void {
      pendingRoots.push(root);
    },
    /** A container whose own text is to be read again. */
    reread(container: Node): void {
      dirty.add(container);
    },
    /** A node forgotten: if it was read ahead of the first walk, the walk reads it again; its unfinished reading and scans are void. */
    forget(node: Node): void {
      if (readEarly.size > 0) readEarly.delete(node);
      if (own?.container === node) own = undefined;
      for (let i = scans.length - 1; i >= 0; i--) if (scans[i]!.run.container === node) scans.splice(i, 1);
    },
    wake,
    stop(): void {
      stopped = true;
    },
  };
}
