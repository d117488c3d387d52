/**
 * What the benchmark runs inside the page (bundled to one script, injected into each fresh page):
 * the floor, TermLens's own annotator exactly as the content script drives it, and mark.js.
 */
import { createAnnotator } from '../../lib/dom/annotator';
import { everythingVisible, intersectionVisibility, type VisibilityFactory } from '../../lib/dom/visibility';
import { NEAR_VIEWPORT_MARGIN } from '../../lib/limits';
import { compileMatcher, type Matcher } from '../../lib/matcher/compile';
import { entriesOfTerms } from '../../lib/matcher/entries';
import { matcherOf } from '../../lib/matcher/matcher';
import type { MatchableTerm } from '../../lib/matcher/entries';
import { parsePageMatcher } from '../../lib/messages';

declare const Mark: new (ctx: Element) => { markRegExp(re: RegExp, options: { done: (n: number) => void }): void };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** (a) The floor: a TreeWalker that reads every text node once. */
function floor(): { ms: number; textNodes: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    textNodes++;
    chars += (n as Text).data.length;
  }
  return { ms: performance.now() - t0, textNodes, chars };
}

/**
 * Lower bounds for any reader of the page in script: the floor plus the least that TermLens's rules
 * need — each text node's parent (to know its block and whether it is skipped), and one
 * `charCodeAt` per character (any matcher reads every character once).
 */
function floorWithParents(): { ms: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let parents = 0;
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    const parent = n.parentNode;
    if (parent !== last) parents++;
    last = parent;
  }
  if (chars === 0 || parents === 0) throw new Error('no text read');
  return { ms: performance.now() - t0 };
}

/**
 * What any walk that finds open shadow roots and honours the skip rules pays at least: every
 * element visited as well as every text node (a script wrapper made for each on first touch).
 */
function floorWithElements(): { ms: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0;
  let elements = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) chars += (n as Text).data.length;
    else elements++;
  }
  if (chars === 0 || elements === 0) throw new Error('no text read');
  return { ms: performance.now() - t0 };
}

function floorWithCharacters(): { ms: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
  }
  if (sum === 0) throw new Error('no text read');
  return { ms: performance.now() - t0 };
}

/**
 * The rules bound: what any reader that honours TermLens's rules pays without text-node wrappers —
 * every element visited (no API lists open shadow roots; the skip rules are per element), the text
 * read with one native `textContent`, and one `charCodeAt` per character.
 */
function elementsAndChars(): { ms: number } {
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
  return { ms: performance.now() - t0 };
}

/** (b) mark.js 8.11 `markRegExp` with an alternation of every form, longest first. */
function markRegExp(forms: string[]): { ms: number; marks: number } {
  const pattern = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const t0 = performance.now();
  let marks = 0;
  new Mark(document.body).markRegExp(new RegExp(pattern, 'g'), { done: (n) => (marks = n) });
  return { ms: performance.now() - t0, marks };
}

/**
 * (c) TermLens: the scan of the whole page in slices run back to back (time between slices is the
 * page's, not ours), then the ranges the IntersectionObserver asks for near the viewport. `eager`
 * paints every match at once instead, to show what laziness saves.
 */
/** A matcher compiled ahead (`prepare`), so that what is timed next is the annotation alone. */
let prepared: { table: MatchableTerm[]; matcher: Matcher } | undefined;
function prepare(table: MatchableTerm[]): void {
  prepared = { table, matcher: compileMatcher(entriesOfTerms(table)) };
}

async function termlens(table: MatchableTerm[], eager: boolean): Promise<{ ms: number; scanMs: number; paintMs: number; matches: number; painted: number; slices: number }> {
  const matcher = prepared?.table === table ? prepared.matcher : compileMatcher(entriesOfTerms(table));
  const highlight = new Highlight();
  CSS.highlights.set('termlens-bench', highlight);
  let paintMs = 0;
  const timedVisibility: VisibilityFactory = (onChange) => {
    const io = new IntersectionObserver(
      (entries) => {
        const t = performance.now();
        for (const entry of entries) onChange(entry.target, entry.isIntersecting);
        paintMs += performance.now() - t;
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    return { observe: (el) => io.observe(el), unobserve: (el) => io.unobserve(el), disconnect: () => io.disconnect() };
  };
  const queue: (() => void)[] = [];
  const annotator = createAnnotator({
    doc: document,
    matcher,
    highlight,
    schedule: (fn) => queue.push(fn),
    visibility: eager ? everythingVisible : timedVisibility,
  });
  const t0 = performance.now();
  annotator.start();
  let slices = 0;
  for (let fn = queue.shift(); fn; fn = queue.shift()) {
    fn();
    slices++;
  }
  const scanMs = performance.now() - t0;
  await nextFrame();
  await nextFrame();
  let matches = 0;
  for (const n of annotator.counts().values()) matches += n;
  return { ms: scanMs + paintMs, scanMs, paintMs, matches, painted: highlight.size, slices };
}

/** Matcher build time for a table. */
function build(table: MatchableTerm[]): { ms: number; nodes: number } {
  const entries = entriesOfTerms(table);
  const t0 = performance.now();
  const matcher = compileMatcher(entries);
  return { ms: performance.now() - t0, nodes: matcher.nodeCount };
}

/**
 * What a frame does with the background's reply (the compiled layout, as JSON text): parse, check,
 * wrap.
 */
function receive(reply: string): { ms: number; nodes: number } {
  const t0 = performance.now();
  const received = parsePageMatcher(JSON.parse(reply));
  if (!received) throw new Error('the reply was refused');
  const matcher = matcherOf(received.layout);
  return { ms: performance.now() - t0, nodes: matcher.nodeCount };
}

/** JSON.parse alone of a reply: what the earlier encoding's start was mostly made of (its rules as per-node JSON text). */
function parseOnly(reply: string): { ms: number } {
  const t0 = performance.now();
  JSON.parse(reply);
  return { ms: performance.now() - t0 };
}

/** The content script's real schedule (setTimeout between slices): every main-thread task over 50 ms while it runs. */
async function longTasks(table: MatchableTerm[], withoutViewport = false): Promise<{ wallMs: number; longTasks: number[]; slices: number; longestSlice: number; watched: number }> {
  let watched = 0;
  const matcher = compileMatcher(entriesOfTerms(table));
  const highlight = new Highlight();
  CSS.highlights.set('termlens-bench', highlight);
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let slices = 0;
  let longestSlice = 0;
  let pending = 0;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const annotator = createAnnotator({
    doc: document,
    matcher,
    highlight,
    visibility: (onChange) => {
      const tracker = withoutViewport ? { observe() {}, unobserve() {}, disconnect() {} } : intersectionVisibility(onChange);
      return { ...tracker, observe: (el) => (watched++, tracker.observe(el)) };
    },
    afterLayout: (fn) => requestAnimationFrame(() => setTimeout(fn, 0)),
    schedule: (fn) => {
      pending++;
      setTimeout(() => {
        pending--;
        slices++;
        const t = performance.now();
        fn();
        longestSlice = Math.max(longestSlice, performance.now() - t);
        if (pending === 0) finish();
      }, 0);
    },
  });
  const t0 = performance.now();
  annotator.start();
  await done;
  const wallMs = performance.now() - t0;
  await nextFrame();
  await nextFrame();
  observer.disconnect();
  return { wallMs, longTasks: seen, slices, longestSlice, watched };
}

/**
 * The floor in the extension's schedule: the same TreeWalker, in 8 ms slices with setTimeout
 * between them. Its longest slice is what merely reading the page costs in one task (garbage
 * collection of the page's heap included), the bound for any reader's longest task.
 */
async function floorSliced(): Promise<{ wallMs: number; slices: number; longestSlice: number }> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let slices = 0;
  let longestSlice = 0;
  const t0 = performance.now();
  let node = walker.nextNode();
  while (node) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    slices++;
    do {
      for (let k = 0; k < 200 && node; k++, node = walker.nextNode()) chars += (node as Text).data.length;
    } while (node && performance.now() - start < 8);
    longestSlice = Math.max(longestSlice, performance.now() - start);
  }
  if (chars === 0) throw new Error('no text read');
  return { wallMs: performance.now() - t0, slices, longestSlice };
}

Object.assign(globalThis, { TermLensBench: { floor, floorWithParents, floorWithElements, floorWithCharacters, elementsAndChars, floorSliced, markRegExp, prepare, termlens, build, receive, parseOnly, longTasks } });
