/**
 * What the rest of TermLens asks the annotator: counts per term, the match under a caret, and the
 * next or previous match for keyboard navigation. Answered from the match store, with runs read
 * again from the page only for the block asked about (of a huge flat block, only the part asked
 * about: sparse-block.ts).
 */
import { HOVER_READ_NODES, NODES_PER_CLOCK_CHECK, SPARSE_TRIES } from '../limits';
import { createComposedTextWalk } from './composed-walk';
import type { MatchStore, RunRecord } from './match-store';
import { runIn, type BlockRuns, type RunCache } from './run-cache';
import { isSparse, offsetOf } from './sparse-block';
import { blockContainerOf, locate, type TextRun } from './text-runs';

/** One match, located in its run (read afresh from the page when the hit was made). */
export interface Hit {
  run: TextRun;
  start: number;
  end: number;
  termIndex: number;
}

export interface QueryOptions {
  doc: Document;
  store: MatchStore;
  cache: RunCache;
  /** Was this open shadow root read (so navigation steps through it)? */
  wasRead(root: ShadowRoot): boolean;
  /** Reads the rest of a block in the coming slices (a hover found it too long to read at once); `ready` is told when it is read. */
  readLater(container: Node, ready?: () => void): void;
}

/** A text node's run with matches: where the node starts in it, and the run's nodes over a span of it. */
interface Found {
  record: RunRecord;
  /** The node's offset in its run. */
  base: number;
  /** The run's nodes over [from, to] (for a run held whole, all of them). */
  runOver(from: number, to: number): TextRun | undefined;
  /** Its block is a sparse one: step over it by its matches, not node by node. */
  container?: Node;
}

export function createQueries({ doc, store, cache, wasRead, readLater }: QueryOptions) {
  /**
   * A block's runs for a hover or a step: kept ones, or a read of at most HOVER_READ_NODES nodes;
   * a longer block is read in the coming slices and `ready` is told then (one move or key press
   * must not read 200,000 text nodes).
   */
  function runsFor(container: Node, ready: (() => void) | undefined): BlockRuns | undefined {
    const kept = cache.kept(container);
    if (kept) return kept;
    for (let read = 0; read < HOVER_READ_NODES; read += NODES_PER_CLOCK_CHECK) {
      const runs = cache.readSome(container);
      if (runs) return runs;
    }
    readLater(container, ready);
    return undefined;
  }

  /**
   * The run a text node belongs to, and where it starts in it. Looked up through the node's block
   * (no per-node map: a long page has a hundred thousand text nodes, and this is only asked on
   * hover and stepping). `pending` is told when a block too long to read now has been read.
   */
  function recordOf(node: Node, pending: { ready?: () => void; waiting?: boolean }): Found | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const container = blockContainerOf(node);
    const at = store.recordsAt(container);
    if (!at) return undefined;
    const runs = runsFor(container, pending.ready);
    if (!runs) {
      pending.waiting = true;
      return undefined;
    }
    if (isSparse(runs)) {
      const record = at.find((r) => r.index === 0);
      const base = record && offsetOf(runs, node as Text);
      if (!record || base === undefined) return undefined;
      return { record, base, runOver: (from, to) => runIn(runs, 0, from, to), container };
    }
    for (const record of at) {
      const run = runs.get(record.index);
      const index = run ? run.nodes.indexOf(node as Text) : -1;
      if (run && index >= 0) return { record, base: run.starts[index]!, runOver: () => run };
    }
    return undefined;
  }

  return {
    /** Number of matches per term index over everything scanned (painted or not). */
    counts(): Map<number, number> {
      const out = new Map<number, number>();
      for (const { matches } of store.records()) {
        for (let i = 2; i < matches.length; i += 3) out.set(matches[i]!, (out.get(matches[i]!) ?? 0) + 1);
      }
      return out;
    },

    /**
     * The match at a caret position, if any. Over a block too long to read at once, nothing yet:
     * `ready` is told once it has been read (the pointer may be resting there).
     */
    annotationAt(node: Node, offset: number, ready?: () => void): Hit | undefined {
      const found = recordOf(node, { ready });
      if (!found) return undefined;
      const at = found.base + offset;
      const m = found.record.matches;
      let lo = 0;
      let hi = m.length / 3 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at < m[mid * 3]!) hi = mid - 1;
        else if (at >= m[mid * 3 + 1]!) lo = mid + 1;
        else return hitOf(found, mid * 3);
      }
      return undefined;
    },

    /**
     * The first rendered match (of `term`, if given) that starts at or after `from` (forward), or
     * ends at or before it (backward), in the walk's order (an open shadow tree right after its
     * host); wraps around once. Where the way crosses a block too long to read at once, nothing yet
     * (`waiting`): it is read in the coming slices and `ready` is told.
     */
    adjacent(
      from: { node: Node; offset: number } | undefined,
      forward: boolean,
      term?: number,
      pending: { ready?: () => void; waiting?: boolean } = {},
    ): Hit | undefined {
      const root = doc.body ?? doc.documentElement;
      if (!root) return undefined;
      // Open shadow trees the walk read are stepped through too (closed ones, like our card's, are not).
      const walk = createComposedTextWalk(doc, root, (host) => {
        const shadow = host.shadowRoot;
        return shadow && wasRead(shadow) ? shadow : null;
      });
      const fromEdge = () => {
        walk.moveToEdge(forward);
        return walk.step(forward);
      };
      let node: Node | null;
      let at: number | undefined;
      if (from && walk.covers(from.node)) {
        if (from.node.nodeType === Node.TEXT_NODE) {
          node = from.node;
          at = from.offset;
          walk.moveTo(node);
        } else {
          // An element point is "before child `offset`".
          const child = from.node.childNodes[from.offset];
          walk.moveTo(child ?? lastDescendant(from.node));
          node = child && forward && child.nodeType === Node.TEXT_NODE ? child : walk.step(forward);
        }
      } else {
        node = fromEdge();
      }
      for (let pass = 0; pass < 2; pass++) {
        for (; node; node = walk.step(forward), at = undefined) {
          const found = recordOf(node, pending);
          if (pending.waiting) return undefined;
          if (!found) continue;
          const position = found.base + (at ?? (forward ? 0 : (node as Text).data.length));
          const hit = found.container ? hitInSparse(found, position, forward, term) : hitInRecord(found, position, forward, term);
          if (hit) return hit;
          // A huge block is passed in one step, not node by node.
          if (found.container) walk.moveTo(forward ? lastDescendant(found.container) : found.container);
        }
        node = fromEdge();
        at = undefined;
      }
      return undefined;
    },
  };
}

/** A live Range over a hit, for placing a card, scrolling to it, or reading its text. */
export function rangeOfHit(doc: Document, hit: Hit): Range {
  const from = locate(hit.run, hit.start);
  const to = locate(hit.run, hit.end, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Match `i` of a found run as a hit (undefined if the page no longer holds its text). */
function hitOf(found: Found, i: number): Hit | undefined {
  const m = found.record.matches;
  const run = found.runOver(m[i]!, m[i + 1]!);
  return run && { run, start: m[i]!, end: m[i + 1]!, termIndex: m[i + 2]! };
}

/** The match positions in `found`'s record at or after (before, backwards) run offset `at`, nearest first. */
function* matchesFrom(found: Found, at: number, forward: boolean, term: number | undefined): Generator<number> {
  const m = found.record.matches;
  if (forward) {
    for (let i = 0; i < m.length; i += 3) if (m[i]! >= at && (term === undefined || m[i + 2] === term)) yield i;
  } else {
    for (let i = m.length - 3; i >= 0; i -= 3) if (m[i + 1]! <= at && (term === undefined || m[i + 2] === term)) yield i;
  }
}

/** The rendered hit nearest `at` in a run read whole: the first match found, if rendered (the walk goes on past others). */
function hitInRecord(found: Found, at: number, forward: boolean, term: number | undefined): Hit | undefined {
  for (const i of matchesFrom(found, at, forward, term)) {
    const hit = hitOf(found, i);
    return hit && isRendered(hit) ? hit : undefined;
  }
  return undefined;
}

/** The rendered hit nearest `at` in a sparse block, trying a few matches (each reads nodes around it) before passing the block. */
function hitInSparse(found: Found, at: number, forward: boolean, term: number | undefined): Hit | undefined {
  let tries = 0;
  for (const i of matchesFrom(found, at, forward, term)) {
    const hit = hitOf(found, i);
    if (hit && isRendered(hit)) return hit;
    if (++tries >= SPARSE_TRIES) break;
  }
  return undefined;
}

function isRendered(hit: Hit): boolean {
  const from = locate(hit.run, hit.start);
  return (from.node.parentElement?.getClientRects().length ?? 0) > 0;
}

function lastDescendant(node: Node): Node {
  while (node.lastChild) node = node.lastChild;
  return node;
}
