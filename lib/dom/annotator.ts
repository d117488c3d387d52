/**
 * Finds glossary terms in a document and paints them with the CSS Custom Highlight API — the
 * page's text nodes are never touched. The whole page is scanned in time slices (the visible part
 * first), but ranges are only created for blocks near the viewport: matches are kept as numbers,
 * which is all hit-testing, counting and keyboard navigation need. New content arrives through one
 * MutationObserver, batched.
 *
 * The parts, each with one job: the page walk (block-text.ts) and a container's own runs
 * (text-runs.ts); the match store (match-store.ts) with its first-occurrence bookkeeping
 * (first-occurrences.ts); the run cache (run-cache.ts); the painter (painter.ts); the mutation
 * intake (mutation-intake.ts); the work queue (work-queue.ts); the queries (queries.ts). This file
 * wires them together and turns a run's text into a record.
 */
import { ANCHOR_LEVELS, SLICE_BUDGET_MS, VIEWPORT_SAMPLES } from '../limits';
import type { Matcher } from '../matcher/compile';
import { createFirstOccurrences } from './first-occurrences';
import { createMatchStore, type RunRecord } from './match-store';
import { createMutationIntake } from './mutation-intake';
import type { RangeSink } from './highlight-style';
import { createPainter, type LightMarks, type OwnMarks } from './painter';
import { createQueries } from './queries';
import { createRunCache } from './run-cache';
import { createSenseWaits } from './sense-waits';
import { BLOCK, classify, isInline, isSkippedElement, SKIP } from './skip';
import { blockContainerOf, type RunText, type TextRun } from './text-runs';
import { intersectionVisibility, type VisibilityFactory } from './visibility';
import { createWorkQueue, type RunScan } from './work-queue';

export { rangeOfHit, type Hit } from './queries';

export interface AnnotatorOptions {
  doc: Document;
  matcher: Matcher;
  /** Where ranges go; undefined where the browser has no Highlight API (hit-testing still works). */
  highlight: RangeSink | undefined;
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
  /** Terms painted more lightly, into their own Highlight (known terms); hit-testing is the same. */
  light?: LightMarks;
  /** The reader's own terms, painted outside the page's highlight registry. */
  own?: OwnMarks;
}

export function createAnnotator(options: AnnotatorOptions) {
  const { doc, matcher } = options;
  let stopped = false;

  const cache = createRunCache(doc);
  const visibility = (options.visibility ?? intersectionVisibility)((anchor, isNear) => {
    painter.setNear(anchor, isNear, store.groupOf(anchor));
    // What came into view is painted now, as much as one slice allows; the rest in the next slices.
    painter.paintUntil(performance.now() + SLICE_BUDGET_MS);
  });
  const firsts = options.firstOnly
    ? createFirstOccurrences({
        containerOf: cache.containerOf,
        firstNodeOf: (record, run) => (run ?? cache.runOf(record))?.nodes[0],
        repaint: (record) => painter.repaint(record),
        records: () => store.records(),
        wake: () => work.wake(),
      })
    : undefined;
  const painter = createPainter({
    highlight: options.highlight,
    containerOf: cache.containerOf,
    readSome: cache.readSome,
    shows: firsts?.isFirst,
    wake: () => work.wake(),
    light: options.light,
    own: options.own,
  });
  const store = createMatchStore({
    watch: (anchor) => visibility.observe(anchor),
    unwatch: (anchor) => {
      visibility.unobserve(anchor);
      painter.forget(anchor);
    },
    dropped: (records) => {
      for (const record of records) painter.unpaint(record);
      firsts?.handOn(records);
    },
    forgotten: (node) => {
      work.forget(node);
      waits.forget(node);
    },
  });
  const work = createWorkQueue({
    schedule: options.schedule,
    annotate,
    annotatePart,
    paintUntil: painter.paintUntil,
    sweepUntil: (deadline) => firsts?.sweepUntil(deadline) ?? false,
    pending: () => painter.pending() || (firsts?.pending() ?? false),
    isRead: (container) => store.recordsAt(container) !== undefined,
    forgetSubtree: (root) => store.forgetSubtree(root, false),
    forgetContainer: store.forgetContainer,
    isReadable,
    onShadowRoot(root) {
      intake.watch(root);
      options.onShadowRoot?.(root);
    },
    onChange: options.onChange,
  });
  const intake = createMutationIntake({
    changed: cache.changedAt,
    removed: (node) => store.forgetSubtree(node, true),
    placesMoved: (target) => {
      for (const anchor of store.anchorsShiftedBy(target)) reread(anchor);
    },
    textChanged: work.reread,
    added: work.read,
    settled: work.wake,
  });
  const waits = createSenseWaits(matcher, (container) => work.reread(container));
  const queries = createQueries({ doc, store, cache, wasRead: intake.watches, readLater: painter.readLater });
  /** Huge blocks are painted near the viewport only, a part at a time: a scroll asks which parts again. */
  const viewMoved = () => painter.viewMoved();

  /** Matches of the run being annotated: one array for the whole page, copied only for runs that have any. */
  const found: number[] = [];

  /** Records a run's matches. `full` is the run with its nodes when the caller read them anyway. */
  function annotate(run: RunText, full?: TextRun): void {
    const n = matcher.find(run.text, found, 0, run.text.length, 0, run.text.length, run.marks);
    waits.scanned(run.container);
    // A run without a term is not kept: most of a page's runs end here.
    if (n === 0) return;
    keep(run, full, found.slice(0, n));
  }

  /** Scans a long run's part: matches starting before `until` (the scan reads on past it to finish one). */
  function annotatePart(scan: RunScan, until: number): void {
    const { text } = scan.run;
    const n = matcher.find(text, found, 0, text.length, scan.at, until, scan.run.marks);
    waits.scanned(scan.run.container);
    for (let i = 0; i < n; i++) scan.matches.push(found[i]!);
    scan.at = n > 0 ? Math.max(until, found[n - 2]!) : until;
    if (scan.at >= text.length && scan.matches.length > 0) keep(scan.run, scan.full, scan.matches);
  }

  function keep(run: RunText, full: TextRun | undefined, matches: number[]): void {
    const { anchor, place } = cache.placing(run.container);
    const record: RunRecord = { anchor, place, index: run.index, matches, painted: undefined };
    firsts?.note(record, full);
    store.add(record);
    // A block a hit test found on screen is painted now, a frame before the observer would say it is near.
    if (painter.isNear(anchor) || work.wasOnScreen(run.container)) painter.paint(record, full);
  }

  /** Places under an anchor may point at other blocks now: its runs go, and the blocks within its places are read again. */
  function reread(anchor: Node): void {
    store.dropAll(anchor);
    if (anchor.nodeType !== Node.ELEMENT_NODE) return;
    const queue = (el: Element, depth: number) => {
      const kind = classify(el);
      if (kind === SKIP) return;
      if ((kind & BLOCK) !== 0) work.reread(el);
      if (depth < ANCHOR_LEVELS) for (let child = el.firstElementChild; child; child = child.nextElementSibling) queue(child, depth + 1);
    };
    queue(anchor as Element, 0);
  }

  /** Neither the node nor an ancestor (through shadow hosts) is skipped: what the first walk would have read. */
  function isReadable(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)) return false;
    }
    return true;
  }

  /** The blocks under a few points of the viewport: scanned first, so what the reader sees is marked first. */
  function blocksOnScreen(): Node[] {
    const view = doc.defaultView;
    if (!view || typeof doc.elementFromPoint !== 'function') return [];
    // At the top of a page the walk in document order reaches the screen first anyway, and each
    // hit test costs in proportion to the page (53 ms for 8 points on a 50,000-element page).
    if (view.scrollY < view.innerHeight) return [];
    const blocks = new Set<Node>();
    for (let i = 0; i < VIEWPORT_SAMPLES; i++) {
      const el = doc.elementFromPoint(view.innerWidth / 2, ((i + 0.5) * view.innerHeight) / VIEWPORT_SAMPLES);
      if (!el || el === doc.body || el === doc.documentElement) continue;
      const block = isInline(el) ? blockContainerOf(el) : el;
      if (block.nodeType === Node.ELEMENT_NODE && isReadable(block as Element)) blocks.add(block);
    }
    return [...blocks];
  }

  return {
    start(): void {
      const root = doc.body ?? doc.documentElement;
      // A document in design mode is an editor as a whole: its text is the user's, being typed.
      if (!root || doc.designMode === 'on' || stopped) return;
      intake.watch(doc);
      doc.addEventListener('scroll', viewMoved, { capture: true, passive: true });
      doc.defaultView?.addEventListener('resize', viewMoved, { passive: true });
      // Reading what is on screen needs layout: wait for the browser's own rather than force one
      // (on a 10 MB page a forced layout is a 100 ms task, and it would be ours).
      const afterLayout = options.afterLayout ?? ((fn: () => void) => fn());
      afterLayout(() => work.readFirst(blocksOnScreen));
      work.start(root);
    },
    stop(): void {
      stopped = true;
      doc.removeEventListener('scroll', viewMoved, { capture: true });
      doc.defaultView?.removeEventListener('resize', viewMoved);
      work.stop();
      cache.clear();
      firsts?.clear(); // nothing to hand "first" on to
      intake.stop();
      visibility.disconnect();
      for (const record of store.records()) painter.unpaint(record);
      store.clear();
      painter.clear();
    },
    counts: queries.counts,
    annotationAt: queries.annotationAt,
    adjacent: queries.adjacent,
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
