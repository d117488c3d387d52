/**
 * The one MutationObserver: watches the document and the open shadow roots the walk found, and
 * turns each batch of records into what the annotator has to do — forget what left, read again
 * the containers whose own text changed, read added blocks whole. Started per root, stopped once.
 */
import { isInline, isOwnUi } from './skip';
import { blockContainerOf } from './text-runs';

export interface MutationSink {
  /** The children or the text of `target` changed: runs read from the page through it are stale. */
  changed(target: Node): void;
  /** A node left the page: forget it and everything under it. */
  removed(node: Node): void;
  /** A child list changed in a way that can move the places counted through `target`. */
  placesMoved(target: Node): void;
  /** A container's own text changed: read it again. */
  textChanged(container: Node): void;
  /** A block was added: read it whole. */
  added(root: Element): void;
  /** The batch is taken in. */
  settled(): void;
}

export interface MutationIntake {
  /** Starts watching a root (the document, or an open shadow root), once. */
  watch(root: Node): void;
  /** Is this root watched? */
  watches(root: Node): boolean;
  stop(): void;
}

export function createMutationIntake(sink: MutationSink): MutationIntake {
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        sink.changed(r.target);
        sink.textChanged(blockContainerOf(r.target));
        continue;
      }
      // Our card lives in a closed shadow root the observer never sees; only its host coming and going does.
      if (isOnlyOwnUi(r.addedNodes) && isOnlyOwnUi(r.removedNodes)) continue;
      sink.changed(r.target);
      for (const node of r.removedNodes) sink.removed(node);
      if (movesPlaces(r)) sink.placesMoved(r.target);
      // The target's own text changed; blocks added inside it are read whole.
      sink.textChanged(containerOfChildren(r.target));
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOwnUi(node as Element)) for (const root of blocksIn(node as Element)) sink.added(root);
      }
    }
    sink.settled();
  });

  return {
    watch(root) {
      if (watched.has(root)) return;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    watches: (root) => watched.has(root),
    stop: () => observer.disconnect(),
  };
}

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

function isOnlyOwnUi(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType !== Node.ELEMENT_NODE || !isOwnUi(node as Element)) return false;
  return true;
}

/** An added block is read whole; so are the blocks inside an added inline element (its text belongs to its block, read again). */
function blocksIn(el: Element): Element[] {
  if (!isInline(el)) return [el];
  const block = blockContainerOf(el);
  const out: Element[] = [];
  for (const inner of el.querySelectorAll('*')) if (!isInline(inner) && blockContainerOf(inner) === block) out.push(inner);
  return out;
}
