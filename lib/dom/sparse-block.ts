/**
 * A block of very many children (a paragraph of 200,000 text nodes, as a generated or hostile page
 * makes) known by a sparse offset index instead of its node list. In the isolated world a content
 * script runs in, each DOM wrapper made lives as long as its node, and every major GC marks them
 * all (the ephemeron table): reading such a block node by node for painting or hover left 200,000
 * more wrappers, and each later GC of the page took half a second. The index counts text in C++
 * (`Range.toString()` over a span of children, which makes no wrappers), a mark every
 * SPARSE_MARK_EVERY children; only the nodes of a part being painted or pointed at are touched.
 *
 * Only for flat blocks: every descendant a plain inline element (no skipped or nested block, no
 * shadow host, as block-text.ts's "simple" blocks). Their text is then one run (index 0), exactly
 * the `textContent` the page walk scanned, so the index's offsets are the matches' offsets.
 */
import { SPARSE_CHECK_ELEMENTS, SPARSE_MARK_EVERY } from '../limits';
import { classify, INLINE, MAY_HOST_SHADOW } from './skip';
import type { TextRun } from './text-runs';

export interface SparseBlock {
  readonly sparse: true;
  readonly container: Element;
  readonly childCount: number;
  /** offsets[k]: where child k × SPARSE_MARK_EVERY starts in the block's text; the last entry is its length. */
  readonly offsets: number[];
}

export const isSparse = (x: unknown): x is SparseBlock => (x as SparseBlock | undefined)?.sparse === true;

export type SparseStep = 'more' | 'done' | 'mixed' | 'lost';

/**
 * Builds a block's index a part at a time: first checks (SPARSE_CHECK_ELEMENTS elements per unit
 * of budget) that it is flat, then counts a mark's span per unit. 'mixed': not flat, read it node
 * by node; 'lost': it left the page (the mutation that took it drops the build).
 */
export function createSparseBuild(container: Element): { block: SparseBlock; step(budget: number): SparseStep } {
  const doc = container.ownerDocument;
  const block: SparseBlock = { sparse: true, container, childCount: container.childNodes.length, offsets: [0] };
  /** The element walk checking flatness (elements only: their wrappers exist from the page walk already). */
  let checking: Element | null = container.firstElementChild;
  let checked = !checking;
  let range: Range | undefined;

  function nextElement(el: Element): Element | null {
    if (el.firstElementChild) return el.firstElementChild;
    for (let e: Element | null = el; e && e !== container; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
    return null;
  }

  return {
    block,
    step(budget) {
      if (!container.isConnected) return 'lost';
      for (; budget > 0 && !checked; budget--) {
        for (let i = 0; i < SPARSE_CHECK_ELEMENTS && checking; i++) {
          const kind = classify(checking);
          if (kind !== INLINE && kind !== (INLINE | MAY_HOST_SHADOW)) return 'mixed';
          if (checking.shadowRoot) return 'mixed';
          checking = nextElement(checking);
        }
        checked = !checking;
      }
      range ??= doc.createRange();
      const { offsets, childCount } = block;
      for (; budget > 0; budget--) {
        const from = (offsets.length - 1) * SPARSE_MARK_EVERY;
        if (from >= childCount) return 'done';
        if (!spanChildren(range, block, from, Math.min(childCount, from + SPARSE_MARK_EVERY))) return 'lost';
        offsets.push(offsets[offsets.length - 1]! + range.toString().length);
      }
      return (offsets.length - 1) * SPARSE_MARK_EVERY >= childCount ? 'done' : 'more';
    },
  };
}

/**
 * Sets `range` over the block's children [from, to) by the children's own boundary points, false if
 * the block no longer has them. A point given as (block, child index) costs Blink a walk over the
 * children from the first (`NodeTraversal::ChildAt`): 782 spans of a 200,000-node block took 1.2 s
 * that way, against 29 ms by the children's points (`childNodes[i]` walks on from the index it
 * read last, and comparing two points walks only between them).
 */
export function spanChildren(range: Range, block: SparseBlock, from: number, to: number): boolean {
  const { container } = block;
  const kids = container.childNodes;
  const first = kids[from];
  const end = to < block.childCount ? kids[to] : container.lastChild;
  if (!first || !end) return false;
  // The start at the block's own start first, so setting the end never compares far apart points.
  range.setStart(container, 0);
  if (to < block.childCount) range.setEnd(end, 0);
  else range.setEnd(end, end.nodeType === Node.ELEMENT_NODE ? end.childNodes.length : ((end as CharacterData).length ?? 0));
  range.setStart(first, 0);
  return true;
}

/** The block's text length. */
export const sparseLength = (block: SparseBlock) => block.offsets[block.offsets.length - 1]!;

/** Marks (spans of SPARSE_MARK_EVERY children) in the block. */
export const markCount = (block: SparseBlock) => block.offsets.length - 1;

/** The mark whose span holds text offset `at` (the last one for the end). */
export function markAt(block: SparseBlock, at: number): number {
  const { offsets } = block;
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The block's text nodes over [from, to], as a run with the block's own offsets (starts[0] is the
 * first node's offset in the block): what painting and a card need. Reads from the mark before
 * `from`; undefined if the block no longer holds that much text.
 */
export function windowOf(block: SparseBlock, from: number, to: number): TextRun | undefined {
  const { container } = block;
  const mark = markAt(block, from);
  let node: Node | null = container.childNodes[mark * SPARSE_MARK_EVERY] ?? null;
  let at = block.offsets[mark]!;
  const nodes: Text[] = [];
  const starts: number[] = [];
  while (node && at <= to) {
    if (node.nodeType === Node.TEXT_NODE) {
      const length = (node as Text).data.length;
      if (at + length >= from) {
        nodes.push(node as Text);
        starts.push(at);
      }
      at += length;
    }
    // The next node in document order inside the block (it is flat: every element is entered).
    let next: Node | null = node.firstChild;
    while (!next && node && node !== container) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  if (nodes.length === 0 || at < to) return undefined;
  return { container, index: 0, text: '', nodes, starts };
}

/** A text node's offset in the block's text (undefined if it is not in the block). */
export function offsetOf(block: SparseBlock, node: Text): number | undefined {
  const { container } = block;
  if (!container.contains(node)) return undefined;
  const range = container.ownerDocument.createRange();
  range.setStart(node, 0);
  // The last mark at or before the node: a binary search by boundary points, in C++ (no wrappers).
  let lo = 0;
  let hi = markCount(block) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (range.comparePoint(container, Math.min(mid * SPARSE_MARK_EVERY, block.childCount)) <= 0) lo = mid;
    else hi = mid - 1;
  }
  const start = container.childNodes[lo * SPARSE_MARK_EVERY];
  if (!start) return undefined;
  range.setStart(container, 0);
  range.setEnd(node, 0);
  range.setStart(start, 0);
  return block.offsets[lo]! + range.toString().length;
}

/**
 * The marks whose text is within `top`..`bottom` (viewport pixels), as [first, last] (empty when
 * first > last): a binary search over the marks' boxes, which follow the text down the page. A mark
 * is measured by the first character of its span (its top) and of the next span (its bottom), not
 * by its 256 children: a range over them costs Blink 3–7 ms in a block of 200,000 nodes, a one-character
 * range 0.01 ms. The whole span is measured only where a character has no box (an empty node).
 */
export function marksBetween(block: SparseBlock, top: number, bottom: number): [number, number] {
  const range = block.container.ownerDocument.createRange();
  const count = markCount(block);
  const kids = block.container.childNodes;
  const edgeOf = (child: ChildNode | null | undefined): DOMRect | undefined => {
    if (!child) return undefined;
    const length = child.nodeType === Node.TEXT_NODE ? (child as Text).length : child.childNodes.length;
    if (length === 0) return undefined;
    range.setStart(child, 0);
    range.setEnd(child, 1);
    const rect = range.getBoundingClientRect();
    return rect.height > 0 ? rect : undefined;
  };
  const rectOf = (k: number): { top: number; bottom: number } => {
    const start = edgeOf(kids[k * SPARSE_MARK_EVERY]);
    const next = (k + 1) * SPARSE_MARK_EVERY;
    const end = next < block.childCount ? edgeOf(kids[next]) : edgeOf(block.container.lastChild);
    if (start && end) return { top: start.top, bottom: end.bottom };
    return spanChildren(range, block, k * SPARSE_MARK_EVERY, Math.min(block.childCount, next)) ? range.getBoundingClientRect() : { top: Infinity, bottom: Infinity };
  };
  // The first mark reaching down to `top`, and the last starting above `bottom`.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rectOf(mid).top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  return first < count && rectOf(first).top <= bottom ? [first, lo] : [first, first - 1];
}
