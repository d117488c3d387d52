/** The ways to a card's term: the one under the pointer, where Alt+J/K start from and go, which term Alt+L means, and where focus was. */
import { rangeOfHit, type Annotator, type Hit } from '../../lib/dom/annotator';
import { firstTextPoint } from '../../lib/dom/boundary-text';
import { caretAt, pointIsOnChar } from '../../lib/dom/caret';

/** Where a next/previous jump starts: the term last jumped to, else the selection, else the viewport's top. */
export function jumpOrigin(current: Hit | undefined, forward: boolean): { node: Node; offset: number } | undefined {
  if (current && current.run.nodes[0]!.isConnected) {
    const range = rangeOfHit(document, current);
    return forward ? { node: range.endContainer, offset: range.endOffset } : { node: range.startContainer, offset: range.startOffset };
  }
  const selection = document.getSelection();
  if (selection?.focusNode && document.body?.contains(selection.focusNode)) return { node: selection.focusNode, offset: selection.focusOffset };
  return caretAt(document, innerWidth / 2, 1);
}

/** The term at the selection (or caret), else the first term inside the focused element. */
export function termAtFocus(annotator: Annotator): Hit | undefined {
  const selection = document.getSelection();
  // A selection bounded by elements (a triple-clicked paragraph, a selected title): its first text.
  const start = selection && selection.rangeCount > 0 ? firstTextPoint(document, selection.getRangeAt(0)) : undefined;
  for (const [node, offset] of [
    [selection?.focusNode, selection?.focusOffset ?? 0],
    [selection?.anchorNode, selection?.anchorOffset ?? 0],
    [start?.node, start?.offset ?? 0],
  ] as const) {
    if (!node) continue;
    const hit = annotator.annotationAt(node, offset) ?? annotator.annotationAt(node, offset - 1);
    if (hit) return hit;
  }
  const active = document.activeElement;
  if (!active || active === document.body) return undefined;
  const hit = annotator.adjacent({ node: active, offset: 0 }, true);
  return hit && active.contains(hit.run.nodes[0]!) ? hit : undefined;
}


export function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}

/** The term at (x, y); `ready` is told if its block was too long to read now and has been read since. */
export function termAtPoint(annotator: Annotator | undefined, x: number, y: number, ready?: () => void): Hit | undefined {
  const caret = caretAt(document, x, y);
  if (!annotator || !caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  // The caret sits between characters: the pointer is on the one before or after it.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (!pointIsOnChar(document, caret.node as Text, offset, x, y)) continue;
    const hit = annotator.annotationAt(caret.node, offset, ready);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The next or previous term from `from`, handed to `jump`. A block too long to read at once on
 * the way is read in the coming slices and the step taken then (from where it started), if
 * `stillWanted`. False when there is no term to step to and none on its way.
 */
export function stepToTerm(
  annotator: Annotator | undefined,
  from: { node: Node; offset: number } | undefined,
  forward: boolean,
  stillWanted: () => boolean,
  jump: (hit: Hit) => void,
): boolean {
  const pendingRead = {
    ready: () => {
      if (!stillWanted()) return;
      pendingRead.waiting = false;
      const hit = annotator?.adjacent(from, forward, undefined, pendingRead);
      if (hit) jump(hit);
    },
    waiting: false,
  };
  const hit = annotator?.adjacent(from, forward, undefined, pendingRead);
  if (hit) jump(hit);
  return !!hit || pendingRead.waiting;
}

/** Scrolls a term out of view to the middle: a paragraph taller than the viewport centred is not its term centred. */
export function bringIntoView(range: Range): void {
  if (!isOutOfView(range)) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  if (isOutOfView(range)) scrollBy(0, range.getBoundingClientRect().top - innerHeight / 2);
}

function isOutOfView(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  return rect.top < 0 || rect.bottom > innerHeight;
}
