/**
 * Runs read again from the page (for painting, hovering, stepping), kept for the last few blocks
 * read: a pointer resting on a paragraph asks again every frame, and a block being painted a part
 * per slice is read once. An entry is dropped only when a mutation touches its block, so a clock
 * ticking elsewhere does not make a sweep over a huge block read it again at every move. Mutation
 * callbacks run before any later task of ours, so what is kept is never older than the page.
 *
 * A block can also be read a part at a time (`readSome`), so a block of 200,000 text nodes costs
 * several slices instead of one long task. A flat block of more than SPARSE_BLOCK_MIN_CHILDREN
 * children is kept as a sparse offset index instead (sparse-block.ts): its nodes are read only a
 * part at a time, where painted or pointed at. Also remembered: where the last container annotated
 * is anchored (its runs come one after another).
 */
import { NODES_PER_CLOCK_CHECK, RUN_CACHE_BLOCKS, SPARSE_BLOCK_MIN_CHILDREN, SPARSE_MARK_COST } from '../limits';
import type { RunRecord } from './match-store';
import { anchorFor, nodeAt, placeOf } from './places';
import { createSparseBuild, isSparse, windowOf, type SparseBlock, type SparseStep } from './sparse-block';
import { createOwnRunReader, type Collect, type TextRun } from './text-runs';

export type RunCache = ReturnType<typeof createRunCache>;

/** A block's runs by index, or a huge flat block's sparse index. */
export type BlockRuns = Map<number, TextRun> | SparseBlock;

interface Entry {
  container: Node;
  runs: BlockRuns;
  /** The reading still in progress (`runs` so far); undefined once the block is read whole. */
  reading: Collect<TextRun> | undefined;
  /** The sparse index being built (`runs` is its block); undefined once built. */
  building: ((budget: number) => SparseStep) | undefined;
}

function entryFor(container: Node): Entry {
  if (container.nodeType === Node.ELEMENT_NODE && container.childNodes.length > SPARSE_BLOCK_MIN_CHILDREN) {
    const { block, step } = createSparseBuild(container as Element);
    return { container, runs: block, reading: undefined, building: step };
  }
  return { container, runs: new Map(), reading: createOwnRunReader(container, { nodesOnly: true }).collect, building: undefined };
}

export function createRunCache(doc: Document) {
  /** Most recently used last; at most RUN_CACHE_BLOCKS. */
  const entries: Entry[] = [];
  let lastPlacing: { container: Node; anchor: Node; place: number } | undefined;

  function entryOf(container: Node): Entry {
    const at = entries.findIndex((e) => e.container === container);
    if (at >= 0) {
      const entry = entries[at]!;
      if (at !== entries.length - 1) {
        entries.splice(at, 1);
        entries.push(entry);
      }
      return entry;
    }
    const entry = entryFor(container);
    entries.push(entry);
    if (entries.length > RUN_CACHE_BLOCKS) entries.shift();
    return entry;
  }

  /** Reads up to `budget` more nodes of the entry; true once it is read whole. */
  function advance(entry: Entry, budget: number): boolean {
    if (entry.building) {
      const step = entry.building(Math.ceil(budget / SPARSE_MARK_COST));
      if (step === 'more') return false;
      entry.building = undefined;
      if (step === 'mixed') {
        // Not flat: read node by node after all.
        entry.runs = new Map();
        entry.reading = createOwnRunReader(entry.container, { nodesOnly: true }).collect;
      } else if (step === 'lost') entry.runs = new Map();
    }
    if (!entry.reading) return true;
    const { runs, done, lost } = entry.reading(budget);
    for (const run of runs) (entry.runs as Map<number, TextRun>).set(run.index, run);
    if (done || lost) entry.reading = undefined; // lost: the block left; the mutation that took it drops the entry
    return !entry.reading;
  }

  /** A container's runs, by index, read whole now if they are not kept. */
  function runsOf(container: Node): BlockRuns {
    const entry = entryOf(container);
    advance(entry, Infinity);
    return entry.runs;
  }

  return {
    runsOf,

    /** A container's runs if they are kept whole (no reading). */
    kept(container: Node): BlockRuns | undefined {
      const entry = entries.find((e) => e.container === container);
      return entry && !entry.reading && !entry.building ? entry.runs : undefined;
    },

    /** Reads a part of a container (NODES_PER_CLOCK_CHECK nodes): its runs once read whole, else undefined. */
    readSome(container: Node): BlockRuns | undefined {
      const entry = entryOf(container);
      return advance(entry, NODES_PER_CLOCK_CHECK) ? entry.runs : undefined;
    },

    /** The block a record's run is in, found again by its place (null if the page lost it). */
    containerOf: (record: RunRecord): Node | null => nodeAt(record.anchor, record.place),

    /** A record's run with its nodes, found again by its place (undefined if the page lost it). */
    runOf(record: RunRecord): TextRun | undefined {
      const container = nodeAt(record.anchor, record.place);
      return container ? runIn(runsOf(container), record.index, 0, 0) : undefined;
    },

    /** The anchor a container's runs are listed under, and its place there. */
    placing(container: Node): { anchor: Node; place: number } {
      if (lastPlacing?.container !== container) {
        // Shadow roots and documents have no box to watch: they are their own anchors.
        const anchor = container.nodeType === Node.ELEMENT_NODE ? anchorFor(doc, container as Element) : container;
        const place = placeOf(anchor, container);
        lastPlacing = place >= 0 ? { container, anchor, place } : { container, anchor: container, place: 0 };
      }
      return lastPlacing;
    },

    /** The page changed at `target` (a node whose children or text changed): blocks holding it are read again when next asked. */
    changedAt(target: Node): void {
      lastPlacing = undefined;
      for (let i = entries.length - 1; i >= 0; i--) {
        const { container } = entries[i]!;
        if (container === target || container.contains(target) || !container.isConnected) entries.splice(i, 1);
      }
    },

    clear(): void {
      entries.length = 0;
      lastPlacing = undefined;
    },
  };
}

/** Run `index` of a block's runs: for a sparse block (whose one run is 0), only its nodes over [from, to]. */
export function runIn(runs: BlockRuns, index: number, from: number, to: number): TextRun | undefined {
  if (!isSparse(runs)) return runs.get(index);
  return index === 0 ? windowOf(runs, from, to) : undefined;
}
