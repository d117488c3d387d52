/** The keyboard path to a card: where Alt+J/K start from, which term Alt+L means, and where focus was. */
import { rangeOfHit, type Annotator, type Hit } from '../../lib/dom/annotator';
import { caretAt } from '../../lib/dom/caret';

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
  for (const [node, offset] of [
    [selection?.focusNode, selection?.focusOffset ?? 0],
    [selection?.anchorNode, selection?.anchorOffset ?? 0],
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
