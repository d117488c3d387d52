/**
 * What the rest of TermLens asks the annotator: counts per term, the match under a caret, and the
 * next or previous match for keyboard navigation. Answered from the match store, with runs read
 * again from the page only for the block asked about.
 */
import { HOVER_READ_NODES, NODES_PER_CLOCK_CHECK } from '../limits';
import { createComposedTextWalk } from './composed-walk';
import type { MatchStore, RunRecord } from './match-store';
import type { RunCache } from './run-cache';
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
  /** Reads the rest of a block in the coming slices (a hover found it too long to read at once). */
  readLater(container: Node): void;
}

export function createQueries({ doc, store, cache, wasRead, readLater }: QueryOptions) {
  /**
   * A block's runs for a hover: kept ones, or a read of at most HOVER_READ_NODES nodes; a longer
   * block is read in the coming slices and answers the next pointer move (one move must not
   * read 200,000 text nodes).
   */
  function runsForHover(container: Node): Map<number, TextRun> | undefined {
    const kept = cache.kept(container);
    if (kept) return kept;
    for (let read = 0; read < HOVER_READ_NODES; read += NODES_PER_CLOCK_CHECK) {
      const runs = cache.readSome(container);
      if (runs) return runs;
    }
    readLater(container);
    return undefined;
  }

  /**
   * The run a text node belongs to, and its place in it. Looked up through the node's block (no
   * per-node map: a long page has a hundred thousand text nodes, and this is only asked on hover).
   */
  function recordOf(node: Node, forHover = false): { record: RunRecord; run: TextRun; index: number } | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const container = blockContainerOf(node);
    const at = store.recordsAt(container);
    if (!at) return undefined;
    const runs = forHover ? runsForHover(container) : cache.runsOf(container);
    if (!runs) return undefined;
    for (const record of at) {
      const run = runs.get(record.index);
      const index = run ? run.nodes.indexOf(node as Text) : -1;
      if (run && index >= 0) return { record, run, index };
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

    /** The match at a caret position, if any. */
    annotationAt(node: Node, offset: number): Hit | undefined {
      const found = recordOf(node, true);
      if (!found) return undefined;
      const at = found.run.starts[found.index]! + offset;
      const m = found.record.matches;
      let lo = 0;
      let hi = m.length / 3 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at < m[mid * 3]!) hi = mid - 1;
        else if (at >= m[mid * 3 + 1]!) lo = mid + 1;
        else return hitOf(found.record, found.run, mid * 3);
      }
      return undefined;
    },

    /**
     * The first rendered match (of `term`, if given) that starts at or after `from` (forward), or
     * ends at or before it (backward), in the walk's order (an open shadow tree right after its
     * host); wraps around once.
     */
    adjacent(from: { node: Node; offset: number } | undefined, forward: boolean, term?: number): Hit | undefined {
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
          const found = recordOf(node);
          if (!found) continue;
          const base = found.run.starts[found.index]!;
          const position = base + (at ?? (forward ? 0 : (node as Text).data.length));
          const hit = hitInRecord(found.record, found.run, position, forward, term);
          if (hit && isRendered(hit)) return hit;
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

const hitOf = (record: RunRecord, run: TextRun, i: number): Hit => ({
  run,
  start: record.matches[i]!,
  end: record.matches[i + 1]!,
  termIndex: record.matches[i + 2]!,
});

/** The hit in `record` at or after (before, backwards) run offset `at`. */
function hitInRecord(record: RunRecord, run: TextRun, at: number, forward: boolean, term: number | undefined): Hit | undefined {
  const m = record.matches;
  if (forward) {
    for (let i = 0; i < m.length; i += 3) if (m[i]! >= at && (term === undefined || m[i + 2] === term)) return hitOf(record, run, i);
  } else {
    for (let i = m.length - 3; i >= 0; i -= 3) if (m[i + 1]! <= at && (term === undefined || m[i + 2] === term)) return hitOf(record, run, i);
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
