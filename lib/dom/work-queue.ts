/**
 * The annotator's pending work, done in slices of at most SLICE_BUDGET_MS: blocks on screen first
 * (during the first walk), then the walk in progress, then added subtrees, then containers whose
 * own text changed.
 */
import { NODES_PER_CLOCK_CHECK, SLICE_BUDGET_MS } from '../limits';
import { createBlockTextCollector } from './block-text';
import { readDirectRuns, type Collect, type RunText, type TextRun } from './text-runs';

export interface WorkQueueOptions {
  /** Schedules the next slice. */
  schedule(fn: () => void): void;
  /** Records a run's matches; `full` is the run with its nodes when they were read anyway. */
  annotate(run: RunText, full?: TextRun): void;
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
  let firstWalk = true;
  let scheduled = false;
  let stopped = false;

  const walkOf = (root: Node) => ({ root, collect: createBlockTextCollector(root, { onShadowRoot: o.onShadowRoot }).collect });

  function wake(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    o.schedule(step);
  }

  /** Re-reads the text a container holds itself (its nested blocks are containers of their own). */
  function readOwn(container: Node): void {
    for (const run of readDirectRuns(container)) o.annotate(run, run);
  }

  /** One slice: as much pending work as fits the budget. */
  function step(): void {
    scheduled = false;
    if (stopped) return;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let changed = false;
    while (performance.now() < deadline) {
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
        for (const run of runs) if (!readEarly.has(run.container)) o.annotate(run);
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
    if (priority.length > 0 || walk || pendingRoots.length > 0 || dirty.size > 0) wake();
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
    /** A subtree to read whole. */
    read(root: Node): void {
      pendingRoots.push(root);
    },
    /** A container whose own text is to be read again. */
    reread(container: Node): void {
      dirty.add(container);
    },
    /** A node forgotten: if it was read ahead of the first walk, the walk reads it again. */
    forget(node: Node): void {
      if (readEarly.size > 0) readEarly.delete(node);
    },
    wake,
    stop(): void {
      stopped = true;
    },
  };
}
