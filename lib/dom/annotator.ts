/**
 * Finds glossary terms in a document and paints them with the CSS Custom Highlight API — the
 * page's text nodes are never touched. The whole page is scanned in time slices (the visible part
 * first), but ranges are only created for blocks near the viewport: matches are kept as numbers,
 * which is all hit-testing, counting and keyboard navigation need. New content arrives through one
 * MutationObserver, batched.
 */
import { NODES_PER_CLOCK_CHECK, SLICE_BUDGET_MS } from '../limits';
import type { Matcher } from '../matcher/compile';
import { createComposedTextWalk } from './composed-walk';
import { inPlaces, nodeAt, PLACE_FANOUT, placeOf, placesUnder } from './places';
import { BLOCK, classify, isInline, isOwnUi, isSkippedElement, SKIP } from './skip';
import { createBlockTextCollector } from './block-text';
import { blockContainerOf, locate, readDirectRuns, type Collect, type RunText, type TextRun } from './text-runs';
import { intersectionVisibility, type VisibilityFactory } from './visibility';

/** One match, located in its run (read afresh from the page when the hit was made). */
export interface Hit {
  run: TextRun;
  start: number;
  end: number;
  termIndex: number;
}

/**
 * The matches of one run, found again through (anchor, place, index): neither its text nodes nor
 * its block element is held. In the isolated world content scripts run in, each DOM wrapper kept
 * is a weak handle every scavenge visits: holding each run's nodes doubled the 10 MB page's GC
 * pauses, and holding each block (~42,000) still made them the longest task; anchors are a third
 * as many and are held anyway (they are watched).
 */
interface RunRecord {
  /** The watched element whose nearness paints this run; for runs of a shadow root or a document, that root (never watched: painted at once). */
  anchor: Node;
  /** Where the run's block is under the anchor (see places.ts). */
  place: number;
  index: number;
  /** [start, end, termIndex] for each match, in text order. */
  matches: number[];
  /** Ranges in the highlight while the anchor is near the viewport. */
  painted: StaticRange[] | undefined;
}

export interface AnnotatorOptions {
  doc: Document;
  matcher: Matcher;
  /** Where ranges go; undefined where the browser has no Highlight API (hit-testing still works). */
  highlight: Highlight | undefined;
  /** Schedules the next slice (tied to the content script's lifetime). */
  schedule: (fn: () => void) => void;
  /** Which blocks are near the viewport; IntersectionObserver unless a test or bench says otherwise. */
  visibility?: VisibilityFactory;
  /** Called when a shadow root is found, so its styles can be added. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called after a batch changed the annotations. */
  onChange?: () => void;
  /** Runs a function once the page has been laid out (after a frame); at once if not given. */
  afterLayout?: (fn: () => void) => void;
  /** Paint only the first occurrence of each term in document order (all are still counted). */
  firstOnly?: boolean;
}

const ANCHOR_LEVELS = 2;

/** Points down the middle of the viewport whose blocks are scanned before the rest of the page. */
const VIEWPORT_SAMPLES = 4;

export function createAnnotator(options: AnnotatorOptions) {
  const { doc, matcher, highlight } = options;
  /**
   * Every run with matches, listed by anchor. Element anchors are watched; an anchor's list is kept,
   * even empty, while its blocks are rescanned (no flicker on tickers).
   */
  const recordsOfAnchor = new Map<Node, RunRecord[]>();
  const near = new Set<Element>();
  const visibility = (options.visibility ?? intersectionVisibility)(onVisibility);
  const observed = new WeakSet<Node>();
  /** Blocks scanned ahead of the first walk (they were on screen); that walk skips them. */
  const scannedEarly = new Set<Node>();
  let priority: Node[] = [];
  /** Work not done yet: whole subtrees to collect, and containers whose own text changed. */
  const pendingRoots: Node[] = [];
  const dirty = new Set<Node>();
  let collector: { root: Node; collect: Collect<RunText> } | undefined;
  let firstWalk = true;
  /** With firstOnly: each term's earliest match so far, in document order. */
  const firstOf = new Map<number, { record: RunRecord; i: number }>();
  let scheduled = false;
  let stopped = false;

  const observer = new MutationObserver((records) => {
    lastRuns = undefined;
    lastPlacing = undefined;
    for (const r of records) {
      if (r.type === 'characterData') {
        dirty.add(blockContainerOf(r.target));
        continue;
      }
      // Our card lives in a closed shadow root the observer never sees; only its host coming and going does.
      if (isOnlyOwnUi(r.addedNodes) && isOnlyOwnUi(r.removedNodes)) continue;
      for (const node of r.removedNodes) forgetSubtree(node, true);
      if (movesPlaces(r)) replaceIfShifted(r.target);
      // The target's own text changed; blocks added inside it are collected whole.
      dirty.add(containerOfChildren(r.target));
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOwnUi(node as Element)) queueBlocksIn(node as Element);
      }
    }
    wake();
  });

  /** The run container of a node's children: itself if it is a block (or a root), else its block. */
  function containerOfChildren(node: Node): Node {
    return node.nodeType === Node.ELEMENT_NODE && isInline(node as Element) ? blockContainerOf(node) : node;
  }

  /**
   * Can a child-list change move places? Places count elements only, so text coming and going (a
   * clock, a counter) moves none; nor do elements added after every existing child (the way feeds
   * and tickers grow). Read from the page, not from the record's `nextSibling`, which not every
   * DOM fills in; a later change in the same batch can only make the answer yes (a needless re-read).
   */
  function movesPlaces(r: MutationRecord): boolean {
    if (!hasElement(r.addedNodes) && !hasElement(r.removedNodes)) return false;
    const last = r.addedNodes[r.addedNodes.length - 1];
    return r.removedNodes.length > 0 || !last || last.parentNode !== r.target || last.nextSibling !== null;
  }

  function hasElement(nodes: NodeList): boolean {
    for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE) return true;
    return false;
  }

  /**
   * A child list changed: places counted through it (under the target as anchor, or under its
   * parent) may now point at other blocks. Those runs are dropped and their blocks read again.
   * Only the places through the target count.
   */
  function replaceIfShifted(target: Node): void {
    if (recordsOfAnchor.get(target)?.some((record) => record.place > 0)) reread(target);
    const parent = target.parentNode;
    const siblings = parent && recordsOfAnchor.get(parent);
    if (!siblings) return;
    const place = placeOf(parent, target);
    if (place <= 0) return;
    const below = placesUnder(place);
    if (siblings.some((record) => record.place !== place && inPlaces(below, record.place))) reread(parent);
  }

  /** Drops an anchor's runs and queues the blocks within its places to be read again. */
  function reread(anchor: Node): void {
    dropRecords(anchor, () => true);
    if (anchor.nodeType !== Node.ELEMENT_NODE) return;
    const queue = (el: Element, depth: number) => {
      const kind = classify(el);
      if (kind === SKIP) return;
      if ((kind & BLOCK) !== 0) dirty.add(el);
      if (depth < ANCHOR_LEVELS) for (let child = el.firstElementChild; child; child = child.nextElementSibling) queue(child, depth + 1);
    };
    queue(anchor as Element, 0);
  }

  /** An added block is collected whole; an added inline element's text belongs to its block (dirty). */
  function queueBlocksIn(el: Element): void {
    if (!isInline(el)) {
      pendingRoots.push(el);
      return;
    }
    const block = blockContainerOf(el);
    for (const inner of el.querySelectorAll('*')) {
      if (!isInline(inner) && blockContainerOf(inner) === block) pendingRoots.push(inner);
    }
  }

  function isOnlyOwnUi(nodes: NodeList): boolean {
    for (const node of nodes) if (node.nodeType !== Node.ELEMENT_NODE || !isOwnUi(node as Element)) return false;
    return true;
  }

  function observeMutations(root: Node) {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * A container's runs read afresh, by index. The last one read is remembered (a pointer resting on
   * a paragraph asks again every frame) until any mutation arrives: mutation callbacks run before any
   * later task of ours, so the remembered runs are never older than the page.
   */
  let lastRuns: { container: Node; runs: Map<number, TextRun> } | undefined;
  function runsOf(container: Node): Map<number, TextRun> {
    if (lastRuns?.container === container) return lastRuns.runs;
    const runs = new Map(readDirectRuns(container).map((run) => [run.index, run]));
    lastRuns = { container, runs };
    return runs;
  }

  /** Matches of the run being annotated: one array for the whole page, copied only for runs that have any. */
  const found: number[] = [];

  /** The last container placed: its runs come one after another. Cleared by any mutation. */
  let lastPlacing: { container: Node; anchor: Node; place: number } | undefined;
  function placing(container: Node): { anchor: Node; place: number } {
    if (lastPlacing?.container !== container) {
      // Shadow roots and documents have no box to watch: they are their own anchors.
      const anchor = container.nodeType === Node.ELEMENT_NODE ? anchorFor(container as Element) : container;
      const place = placeOf(anchor, container);
      lastPlacing = place >= 0 ? { container, anchor, place } : { container, anchor: container, place: 0 };
    }
    return lastPlacing;
  }

  /** Records a run's matches. `full` is the run with its nodes when the caller read them anyway. */
  function annotate(run: RunText, full?: TextRun): void {
    const n = matcher.find(run.text, found);
    // A run without a term is not kept: most of a page's runs end here.
    if (n === 0) return;
    const { anchor, place } = placing(run.container);
    const record: RunRecord = { anchor, place, index: run.index, matches: found.slice(0, n), painted: undefined };
    if (options.firstOnly) updateFirsts(record, full);
    const group = recordsOfAnchor.get(anchor);
    if (group) group.push(record);
    else {
      recordsOfAnchor.set(anchor, [record]);
      if (anchor.nodeType === Node.ELEMENT_NODE) visibility.observe(anchor as Element);
    }
    if (anchor.nodeType !== Node.ELEMENT_NODE || near.has(anchor as Element)) paint(record, full);
  }

  /**
   * The element watched for a block: an ancestor up to two levels up that groups a few blocks (a
   * section of paragraphs, a story card). The browser's intersection work is per watched element,
   * and a long page has a hundred thousand paragraphs. A wide parent (a feed of hundreds of items)
   * is never an anchor: it would paint everything in it at once (and places count only so far).
   */
  function anchorFor(container: Element): Element {
    let anchor = container;
    for (let level = 0; level < ANCHOR_LEVELS; level++) {
      const parent = anchor.parentElement;
      if (!parent || parent === doc.body || parent === doc.documentElement || parent.childElementCount > PLACE_FANOUT) break;
      anchor = parent;
    }
    return anchor;
  }

  /** The block a record's run belongs to, found again by its place. */
  const containerOf = (record: RunRecord) => nodeAt(record.anchor, record.place);

  function runOf(record: RunRecord): TextRun | undefined {
    const container = containerOf(record);
    return container ? runsOf(container).get(record.index) : undefined;
  }

  const firstNodeOf = (record: RunRecord, run?: TextRun) => (run ?? runOf(record))?.nodes[0];

  /** Is match `i` of `a` before match `j` of `b` in the document? (Across shadow trees: no.) */
  function precedes(a: RunRecord, i: number, b: RunRecord, j: number, aRun?: TextRun): boolean {
    if (a === b) return i < j;
    const na = firstNodeOf(a, aRun);
    const nb = firstNodeOf(b);
    return !!na && !!nb && (na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  function repaint(record: RunRecord): void {
    if (!record.painted) return;
    unpaint(record);
    paint(record);
  }

  function updateFirsts(record: RunRecord, run: TextRun | undefined): void {
    const m = record.matches;
    for (let i = 0; i < m.length; i += 3) {
      const term = m[i + 2]!;
      const first = firstOf.get(term);
      if (first && !precedes(record, i, first.record, first.i, run)) continue;
      firstOf.set(term, { record, i });
      if (first && first.record !== record) repaint(first.record);
    }
  }

  /** After runs left: the next earliest match of each term whose first one went with them. */
  function recomputeFirsts(gone: Set<RunRecord>): void {
    const terms: number[] = [];
    for (const [term, first] of firstOf) if (gone.has(first.record)) terms.push(term);
    if (terms.length === 0) return;
    for (const term of terms) firstOf.delete(term);
    const wanted = new Set(terms);
    for (const group of recordsOfAnchor.values()) {
      for (const record of group) {
        const m = record.matches;
        for (let i = 0; i < m.length; i += 3) {
          const term = m[i + 2]!;
          if (!wanted.has(term)) continue;
          const first = firstOf.get(term);
          if (!first || precedes(record, i, first.record, first.i)) firstOf.set(term, { record, i });
        }
      }
    }
    for (const term of terms) {
      const first = firstOf.get(term);
      if (first) repaint(first.record);
    }
  }

  function paint(record: RunRecord, known?: TextRun): void {
    if (record.painted || record.matches.length === 0) return;
    const run = known ?? runOf(record);
    if (!run) return; // the page changed under it; the mutation that did so brings a rescan
    const { matches } = record;
    const length = textLength(run);
    const ranges: StaticRange[] = [];
    for (let i = 0; i < matches.length; i += 3) {
      if (options.firstOnly) {
        const first = firstOf.get(matches[i + 2]!);
        if (first?.record !== record || first.i !== i) continue;
      }
      if (matches[i + 1]! > length) continue; // stale offsets: the rescan is on its way
      for (const range of staticRangesOf(run, matches[i]!, matches[i + 1]!)) {
        ranges.push(range);
        highlight?.add(range);
      }
    }
    record.painted = ranges;
  }

  function unpaint(record: RunRecord): void {
    if (!record.painted) return;
    for (const range of record.painted) highlight?.delete(range);
    record.painted = undefined;
  }

  function onVisibility(anchor: Element, isNear: boolean): void {
    if (isNear) near.add(anchor);
    else near.delete(anchor);
    for (const record of recordsOfAnchor.get(anchor) ?? []) (isNear ? paint : unpaint)(record);
  }

  /** Removes an anchor's runs that `drop` selects (unpainted; "first" matches handed on). */
  function dropRecords(anchor: Node, drop: (record: RunRecord) => boolean): void {
    const group = recordsOfAnchor.get(anchor);
    if (!group) return;
    const dropped = new Set<RunRecord>();
    const kept: RunRecord[] = [];
    for (const record of group) {
      if (drop(record)) {
        unpaint(record);
        dropped.add(record);
      } else kept.push(record);
    }
    if (dropped.size === 0) return;
    recordsOfAnchor.set(anchor, kept);
    if (options.firstOnly) recomputeFirsts(dropped);
  }

  /**
   * The watched anchors a node can have runs under — itself, its parent, its grandparent — each
   * with the node's place under it.
   */
  function* anchorsOf(node: Node): Generator<{ anchor: Node; group: RunRecord[]; place: number }> {
    for (let anchor: Node | null = node, level = 0; anchor && level <= ANCHOR_LEVELS; anchor = anchor.parentNode, level++) {
      const group = recordsOfAnchor.get(anchor);
      const place = group ? placeOf(anchor, node) : -1;
      if (group && place >= 0) yield { anchor, group, place };
    }
  }

  /** Drops a container's own runs, wherever they are anchored. */
  function forgetContainer(container: Node, gone: boolean): void {
    if (scannedEarly.size > 0) scannedEarly.delete(container);
    for (const { anchor, place } of anchorsOf(container)) dropRecords(anchor, (record) => record.place === place);
    // A watched anchor leaving the page with nothing left to paint.
    if (gone && recordsOfAnchor.get(container)?.length === 0) unwatch(container);
  }

  function unwatch(anchor: Node): void {
    recordsOfAnchor.delete(anchor);
    if (anchor.nodeType !== Node.ELEMENT_NODE) return;
    visibility.unobserve(anchor as Element);
    near.delete(anchor as Element);
  }

  /**
   * Drops every run in a subtree: those anchored inside it, and those anchored above it at places
   * under it. `gone` (it left the page) also stops watching its anchors. (Runs anchored above a
   * removed subtree are dropped by `replaceIfShifted`: its old parent's child list changed.)
   */
  function forgetSubtree(node: Node, gone: boolean): void {
    for (const { anchor, place } of anchorsOf(node)) {
      const under = placesUnder(place);
      dropRecords(anchor, (record) => inPlaces(under, record.place));
    }
    forgetAnchor(node, gone);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const el of (node as Element).querySelectorAll('*')) {
      if (scannedEarly.size > 0) scannedEarly.delete(el);
      forgetAnchor(el, gone);
    }
  }

  function forgetAnchor(anchor: Node, gone: boolean): void {
    if (scannedEarly.size > 0) scannedEarly.delete(anchor);
    if (!recordsOfAnchor.has(anchor)) return;
    dropRecords(anchor, () => true);
    if (gone) unwatch(anchor);
  }

  function wake(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    options.schedule(step);
  }

  /** Re-reads the text a container holds directly (its nested blocks are runs of their own). */
  function rescanDirect(container: Node): void {
    for (const run of readDirectRuns(container)) annotate(run, run);
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
        if (early.isConnected && firstWalk && !recordsAt(early)) {
          rescanDirect(early);
          scannedEarly.add(early);
          changed = true;
        }
        continue;
      }
      if (collector) {
        const { runs, done, lost } = collector.collect(NODES_PER_CLOCK_CHECK);
        for (const run of runs) if (!scannedEarly.has(run.container)) annotate(run);
        changed ||= runs.length > 0;
        if (lost) pendingRoots.unshift(collector.root); // the page removed the node the walk stood on
        if (done || lost) {
          collector = undefined;
          if (firstWalk && !lost) {
            firstWalk = false;
            scannedEarly.clear();
          }
        }
        continue;
      }
      const root = pendingRoots.shift();
      if (root) {
        if (root.isConnected && isReadable(root)) {
          forgetSubtree(root, false);
          collector = { root, collect: createBlockTextCollector(root, { onShadowRoot: foundShadowRoot }).collect };
        }
        continue;
      }
      const container = dirty.values().next();
      if (container.done) break;
      dirty.delete(container.value);
      forgetContainer(container.value, !container.value.isConnected);
      // Text typed into an editor, or put in a <script> or hidden element, stays unread.
      if (container.value.isConnected && isReadable(container.value)) rescanDirect(container.value);
      changed = true;
    }
    if (priority.length > 0 || collector || pendingRoots.length > 0 || dirty.size > 0) wake();
    if (changed) options.onChange?.();
  }

  function foundShadowRoot(root: ShadowRoot): void {
    observeMutations(root);
    options.onShadowRoot?.(root);
  }

  /** The blocks under a few points of the viewport: scanned first, so what the reader sees is marked first. */
  function blocksOnScreen(): Node[] {
    const view = doc.defaultView;
    if (!view || typeof doc.elementFromPoint !== 'function') return [];
    // At the top of a page the walk in document order reaches the screen first anyway, and each
    // hit test costs in proportion to the page (53 ms for 8 points on a 50,000-element page).
    if (view.scrollY < view.innerHeight) return [];
    const found = new Set<Node>();
    for (let i = 0; i < VIEWPORT_SAMPLES; i++) {
      const el = doc.elementFromPoint(view.innerWidth / 2, ((i + 0.5) * view.innerHeight) / VIEWPORT_SAMPLES);
      if (!el || el === doc.body || el === doc.documentElement) continue;
      const block = isInline(el) ? blockContainerOf(el) : el;
      if (block.nodeType === Node.ELEMENT_NODE && isReadable(block as Element)) found.add(block);
    }
    return [...found];
  }

  /** Neither the node nor an ancestor (through shadow hosts) is skipped: what the first walk would have read. */
  function isReadable(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)) return false;
    }
    return true;
  }

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

  const hitOf = (record: RunRecord, run: TextRun, i: number): Hit => ({
    run,
    start: record.matches[i]!,
    end: record.matches[i + 1]!,
    termIndex: record.matches[i + 2]!,
  });

  return {
    start(): void {
      const root = doc.body ?? doc.documentElement;
      // A document in design mode is an editor as a whole: its text is the user's, being typed.
      if (!root || doc.designMode === 'on') return;
      observeMutations(doc);
      // Reading what is on screen needs layout: wait for the browser's own rather than force one
      // (on a 10 MB page a forced layout is a 100 ms task, and it would be ours).
      const afterLayout = options.afterLayout ?? ((fn: () => void) => fn());
      afterLayout(() => {
        if (stopped || !firstWalk) return;
        priority = blocksOnScreen();
        wake();
      });
      collector = { root, collect: createBlockTextCollector(root, { onShadowRoot: foundShadowRoot }).collect };
      wake();
    },
    stop(): void {
      stopped = true;
      lastRuns = undefined;
      firstOf.clear(); // nothing to hand "first" on to
      observer.disconnect();
      visibility.disconnect();
      for (const group of recordsOfAnchor.values()) for (const record of group) unpaint(record);
      recordsOfAnchor.clear();
      near.clear();
    },
    /** Number of matches per term index over everything scanned (painted or not). */
    counts(): Map<number, number> {
      const out = new Map<number, number>();
      for (const group of recordsOfAnchor.values()) {
        for (const { matches } of group) {
          for (let i = 2; i < matches.length; i += 3) out.set(matches[i]!, (out.get(matches[i]!) ?? 0) + 1);
        }
      }
      return out;
    },
    /** The match at a caret position, if any. */
    annotationAt(node: Node, offset: number): Hit | undefined {
      const found = recordOf(node);
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
        return shadow && observed.has(shadow) ? shadow : null;
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

  /**
   * The run a text node belongs to, and its place in it. Looked up through the node's block (no
   * per-node map: a long page has a hundred thousand text nodes, and this is only asked on hover).
   */
  function recordOf(node: Node): { record: RunRecord; run: TextRun; index: number } | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const container = blockContainerOf(node);
    const at = recordsAt(container);
    if (!at) return undefined;
    const runs = runsOf(container);
    for (const record of at) {
      const run = runs.get(record.index);
      const index = run ? run.nodes.indexOf(node as Text) : -1;
      if (run && index >= 0) return { record, run, index };
    }
    return undefined;
  }

  /** A container's runs with matches, looked up under the three anchors it can have. */
  function recordsAt(container: Node): RunRecord[] | undefined {
    for (const { group, place } of anchorsOf(container)) {
      const at = group.filter((record) => record.place === place);
      if (at.length > 0) return at;
    }
    return undefined;
  }

  function isRendered(hit: Hit): boolean {
    const from = locate(hit.run, hit.start);
    return (from.node.parentElement?.getClientRects().length ?? 0) > 0;
  }

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

/** A run's text length (its text itself is dropped once scanned). */
function textLength(run: TextRun): number {
  const last = run.nodes.length - 1;
  return run.starts[last]! + run.nodes[last]!.data.length;
}

function lastDescendant(node: Node): Node {
  while (node.lastChild) node = node.lastChild;
  return node;
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
  let first = run.nodes.indexOf(from.node);
  let firstOffset = from.offset;
  const last = run.nodes.indexOf(to.node);
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

export type Annotator = ReturnType<typeof createAnnotator>;
