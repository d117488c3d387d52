/** Where the pointer is in the text: the caret position, checked against the character's box. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** Is (x, y) inside the box of character `offset` of a text node? */
export function pointIsOnChar(doc: Document, node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.data.length) return false;
  const range = doc.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
