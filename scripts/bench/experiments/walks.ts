/**
 * The experiment behind "measured and dropped" in docs/performance.md (kept so its figures can be
 * re-run): ways to read the page's text as runs, each timed alone in a fresh page. `MODES=<list>
 * npx tsx scripts/bench/experiments/run-walks.ts`. Not part of CI.
 *
 * - floor: the bench's floor (TreeWalker over text nodes);
 * - walk: the annotator's page walk (createBlockTextCollector);
 * - treeWalk: the same runs from a native TreeWalker over elements and text (skipped subtrees
 *   jumped over, a run ending where a block starts or the text's block changes);
 * - scan: walk plus the matcher over each run; joined: walk plus one matcher call over all runs
 *   joined by a character no form holds.
 */
import { BLOCK, classify, SKIP } from '../../../lib/dom/skip';
import { createAnnotator } from '../../../lib/dom/annotator';
import { intersectionVisibility } from '../../../lib/dom/visibility';
import { createBlockTextCollector } from '../../../lib/dom/block-text';
import { compileMatcher, type Matcher } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import type { MatchableTerm } from '../../../lib/matcher/entries';

/** Matchers compiled ahead by `prepare` (run-walks.ts calls it before the timed call), so CPU time is the mode's alone. */
const prepared = new Map<MatchableTerm[], Matcher>();
function prepare(table: MatchableTerm[]): void {
  prepared.set(table, compileMatcher(entriesOfTerms(table)));
}
const matcherFor = (table: MatchableTerm[]) => prepared.get(table) ?? compileMatcher(entriesOfTerms(table));

function floor() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { ms: performance.now() - t0, chars };
}

function walk() {
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  return { ms: performance.now() - t0, runs: runs.length };
}

function treeWalk() {
  const t0 = performance.now();
  const root = document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const runs: { container: Node; text: string }[] = [];
  let open = false;
  let container: Node | null = null;
  let lastParent: Node | null = null;
  let lastContainer: Node = root;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentNode!;
      if (parent !== lastParent) {
        lastParent = parent;
        let c: Node = parent;
        while (c !== root && (classify(c as Element) & BLOCK) === 0) c = c.parentNode!;
        lastContainer = c;
      }
      const data = (node as Text).data;
      if (!open || lastContainer !== container) {
        open = true;
        container = lastContainer;
        runs.push({ container, text: data });
      } else runs[runs.length - 1]!.text += data;
      node = walker.nextNode();
      continue;
    }
    const kind = classify(node as Element);
    if (kind === SKIP) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    if ((kind & BLOCK) !== 0) open = false;
    node = walker.nextNode();
  }
  return { ms: performance.now() - t0, runs: runs.length };
}

function scan(table: MatchableTerm[]) {
  const matcher = matcherFor(table);
  const found: number[] = [];
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  let n = 0;
  for (const run of runs) n += matcher.find(run.text, found);
  return { ms: performance.now() - t0, matches: n / 3 };
}

function joined(table: MatchableTerm[]) {
  const matcher = matcherFor(table);
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  const n = matcher.find(runs.map((run) => run.text).join('\u0000'), []);
  return { ms: performance.now() - t0, matches: n / 3 };
}

/**
 * A lower bound for any reader that honours the rules, without text-node wrappers: every
 * element visited (no API lists open shadow roots; the skip rules are per element), the page's
 * characters read with one native `textContent`, and one `charCodeAt` per character (a matcher
 * reads each once).
 */
function elementsAndChars() {
  const t0 = performance.now();
  const root = document.body;
  let elements = 0;
  let el: Element | null = root;
  while (el) {
    elements++;
    let next: Element | null = el.firstElementChild;
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  const text = root.textContent ?? '';
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  if (sum === 0 || elements === 0) throw new Error('nothing read');
  return { ms: performance.now() - t0, elements, chars: text.length };
}

/** The annotator's walk since commit 582c73b: elements only, a plain paragraph's text in one textContent read. */
function blockWalk() {
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  return { ms: performance.now() - t0, runs: runs.length };
}

function blockScan(table: MatchableTerm[]) {
  const matcher = matcherFor(table);
  const found: number[] = [];
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  let n = 0;
  for (const run of runs) n += matcher.find(run.text, found);
  return { ms: performance.now() - t0, matches: n / 3 };
}

/** The annotator's whole scan as the bench's (c) times it (slices back to back), without painting. */
function annotate(table: MatchableTerm[], watch = true) {
  const matcher = matcherFor(table);
  const queue: (() => void)[] = [];
  const none = { observe() {}, unobserve() {}, disconnect() {} };
  const annotator = createAnnotator({
    doc: document,
    matcher,
    highlight: undefined,
    schedule: (fn) => queue.push(fn),
    visibility: watch ? intersectionVisibility : () => none,
  });
  const t0 = performance.now();
  annotator.start();
  for (let fn = queue.shift(); fn; fn = queue.shift()) fn();
  const ms = performance.now() - t0;
  annotator.stop();
  return { ms };
}

/** The annotator run twice on one page: the second run's time (warm code, wrappers already made). */
function annotateAgain(table: MatchableTerm[]) {
  const first = annotate(table).ms;
  return { ms: annotate(table).ms, first };
}

/** The block walk with one RegExp alternation of every form (longest first) run over each run: native matching, no rules. */
function blockRegex(table: MatchableTerm[]) {
  const forms = [...new Set(table.flatMap((term) => term.forms))].sort((a, b) => b.length - a.length);
  const re = new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const t0 = performance.now();
  const { runs } = createBlockTextCollector(document.body).collect(Infinity);
  let n = 0;
  for (const run of runs) {
    re.lastIndex = 0;
    for (let m = re.exec(run.text); m; m = re.exec(run.text)) n++;
  }
  return { ms: performance.now() - t0, matches: n };
}

Object.assign(globalThis, {
  TermLensWalks: {
    prepare,
    floor, walk, treeWalk, scan, joined, elementsAndChars, blockWalk, blockScan, blockRegex, annotate, annotateAgain,
    annotateUnwatched: (t: MatchableTerm[]) => annotate(t, false),
  },
});
