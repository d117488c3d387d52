/**
 * The experiment behind the notes on long tasks (kept so its figures can be re-run): the
 * annotator's walk and scan in 8 ms slices on the 10 MB bench page, keeping the matches in different
 * shapes, each watched through an IntersectionObserver as the annotator does. In an isolated world
 * every DOM wrapper kept is a weak handle the garbage collector visits; the longest slice shows what
 * each shape costs. `FN=<walk|find|containers|lean|anchors> npx tsx
 * scripts/bench/experiments/run-isolated.ts`. Not part of CI.
 *
 * - walk: read runs only; find: and scan them (nothing kept);
 * - containers: the layout before commit 39d9b50 (runs per block in a Map of arrays, block → anchor map, a Set of
 *   blocks per anchor);
 * - lean: the annotator now (a Map from block to its first run, runs listed per anchor);
 * - anchors: runs listed per anchor only, no block element kept (blocks would be found by position).
 */
import { NEAR_VIEWPORT_MARGIN } from '../../../lib/limits';
import { createBlockTextCollector } from '../../../lib/dom/block-text';
import { compileMatcher } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import type { MatchableTerm } from '../../../lib/matcher/entries';

type Mode = 'walk' | 'find' | 'containers' | 'lean' | 'anchors';
interface Kept {
  container?: Node;
  index: number;
  matches: number[];
  anchor?: Element;
  next?: Kept;
}

/** The annotator's anchor rule (up to two levels up, parents of at most 16 children). */
function anchorFor(container: Element): Element {
  let anchor = container;
  for (let level = 0; level < 2; level++) {
    const parent = anchor.parentElement;
    if (!parent || parent === document.body || parent.childElementCount > 16) break;
    anchor = parent;
  }
  return anchor;
}

async function sliced(table: MatchableTerm[], mode: Mode) {
  const matcher = compileMatcher(entriesOfTerms(table));
  const collector = createBlockTextCollector(document.body);
  const found: number[] = [];
  const io = new IntersectionObserver(() => {}, { rootMargin: NEAR_VIEWPORT_MARGIN });
  const runsOfContainer = new Map<Node, Kept[]>();
  const anchorOf = new Map<Node, Element>();
  const containersOf = new Map<Element, Set<Node>>();
  const firstOf = new Map<Node, Kept>();
  const runsOfAnchor = new Map<Element, Kept[]>();
  const watch = (anchor: Element, kept: Kept) => {
    const list = runsOfAnchor.get(anchor);
    if (list) list.push(kept);
    else {
      runsOfAnchor.set(anchor, [kept]);
      io.observe(anchor);
    }
  };
  const keep = (container: Element, index: number, matches: number[]) => {
    if (mode === 'containers') {
      const kept: Kept = { container, index, matches };
      const list = runsOfContainer.get(container);
      if (list) list.push(kept);
      else runsOfContainer.set(container, [kept]);
      if (anchorOf.has(container)) return;
      const anchor = anchorFor(container);
      anchorOf.set(container, anchor);
      const group = containersOf.get(anchor);
      if (group) group.add(container);
      else {
        containersOf.set(anchor, new Set([container]));
        io.observe(anchor);
      }
    } else if (mode === 'lean') {
      const first = firstOf.get(container);
      const kept: Kept = { container, index, matches, anchor: first?.anchor ?? anchorFor(container) };
      if (first) {
        let last = first;
        while (last.next) last = last.next;
        last.next = kept;
      } else firstOf.set(container, kept);
      watch(kept.anchor!, kept);
    } else if (mode === 'anchors') {
      watch(anchorFor(container), { index, matches });
    }
  };
  let slices = 0;
  let longestSlice = 0;
  let matches = 0;
  const t0 = performance.now();
  for (let done = false; !done; ) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    slices++;
    while (!done && performance.now() - start < 8) {
      const { runs, done: finished } = collector.collect(200);
      done = finished;
      for (const run of runs) {
        if (mode === 'walk') continue;
        const n = matcher.find(run.text, found);
        matches += n / 3;
        if (n > 0 && run.container.nodeType === Node.ELEMENT_NODE) keep(run.container as Element, run.index, found.slice(0, n));
      }
    }
    longestSlice = Math.max(longestSlice, performance.now() - start);
  }
  const wallMs = performance.now() - t0;
  io.disconnect();
  return { mode, wallMs: Math.round(wallMs), slices, longestSlice: Math.round(longestSlice * 10) / 10, matches };
}

const modes: Mode[] = ['walk', 'find', 'containers', 'lean', 'anchors'];
Object.assign(globalThis, { TermLensBench: Object.fromEntries(modes.map((mode) => [mode, (table: MatchableTerm[]) => sliced(table, mode)])) });
