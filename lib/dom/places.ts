/**
 * A block's place under its anchor, as a number: the annotator keeps its matches by anchor and
 * place instead of holding each block element. In an isolated world every DOM wrapper a script
 * keeps is a weak handle the garbage collector visits at each scavenge; a long page has tens of
 * thousands of blocks with terms but a third as many anchors (kept anyway: they are watched).
 *
 * An anchor is a block or an ancestor at most two levels up whose parents have at most
 * `PLACE_FANOUT` element children, so a place is one of: 0 (the anchor itself), 1 + i (its child
 * i), or 1 + FANOUT + i * FANOUT + j (child j of child i).
 */

import { ANCHOR_LEVELS, PLACE_FANOUT } from '../limits';

const FIRST_GRANDCHILD = 1 + PLACE_FANOUT;
/** One past the largest place. */
export const PLACE_END = FIRST_GRANDCHILD + PLACE_FANOUT * PLACE_FANOUT;

/** An element's index among its parent's element children, or -1 past the fan-out. */
function childIndex(el: Element): number {
  let i = 0;
  for (let e = el.previousElementSibling; e; e = e.previousElementSibling) if (++i >= PLACE_FANOUT) return -1;
  return i;
}

function childAt(parent: Node, index: number): Element | null {
  let e = (parent as Element).firstElementChild ?? null;
  for (let i = 0; e && i < index; i++) e = e.nextElementSibling;
  return e;
}

/** `node`'s place under `anchor`, or -1 if it has none (not within two levels, or past the fan-out). */
export function placeOf(anchor: Node, node: Node): number {
  if (node === anchor) return 0;
  const parent = node.parentNode;
  if (!parent || node.nodeType !== Node.ELEMENT_NODE) return -1;
  const i = childIndex(node as Element);
  if (i < 0) return -1;
  if (parent === anchor) return 1 + i;
  if (parent.parentNode !== anchor || parent.nodeType !== Node.ELEMENT_NODE) return -1;
  const p = childIndex(parent as Element);
  return p < 0 ? -1 : FIRST_GRANDCHILD + p * PLACE_FANOUT + i;
}

/** The node at a place under `anchor` (null if the page no longer has one there). */
export function nodeAt(anchor: Node, place: number): Node | null {
  if (place === 0) return anchor;
  if (place < FIRST_GRANDCHILD) return childAt(anchor, place - 1);
  const g = place - FIRST_GRANDCHILD;
  const parent = childAt(anchor, Math.floor(g / PLACE_FANOUT));
  return parent && childAt(parent, g % PLACE_FANOUT);
}

/**
 * The places at or below `place` (the node there and what lies under it), as [from, to) ranges:
 * what the annotator forgets when the subtree at a place is read again.
 */
export function placesUnder(place: number): [number, number][] {
  if (place === 0) return [[0, PLACE_END]];
  if (place < FIRST_GRANDCHILD) {
    const child = FIRST_GRANDCHILD + (place - 1) * PLACE_FANOUT;
    return [[place, place + 1], [child, child + PLACE_FANOUT]];
  }
  return [[place, place + 1]];
}

/** Is `place` in one of the ranges? */
export const inPlaces = (ranges: [number, number][], place: number) => ranges.some(([from, to]) => place >= from && place < to);

/**
 * Has `parent` more than `limit` element children? Counted up to `limit + 1` only: the browser's
 * `childElementCount` walks every child, and a feed's parent of thousands was counted per match.
 */
function hasMoreElementChildren(parent: Element, limit: number): boolean {
  let e = parent.firstElementChild;
  for (let i = 0; e && i < limit; i++) e = e.nextElementSibling;
  return e !== null;
}

/**
 * The element watched for a block: an ancestor up to two levels up that groups a few blocks (a
 * section of paragraphs, a story card). The browser's intersection work is per watched element,
 * and a long page has a hundred thousand paragraphs. A wide parent (a feed of hundreds of items)
 * is never an anchor: it would paint everything in it at once (and places count only so far).
 */
export function anchorFor(doc: Document, container: Element): Element {
  let anchor = container;
  for (let level = 0; level < ANCHOR_LEVELS; level++) {
    const parent = anchor.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement || hasMoreElementChildren(parent, PLACE_FANOUT)) break;
    anchor = parent;
  }
  return anchor;
}
