/**
 * Where a selection's words begin, whatever its boundary nodes. A drag or a double-click starts in
 * a text node; a triple-clicked paragraph, a selected title or `Range.selectNodeContents` start at
 * an element (offset = a child index), and a caret may sit between elements. Lookups read text from
 * a text node: this finds the first character of real text the range covers (or, collapsed, the
 * text right at or after the caret).
 */
const HAS_TEXT = /\S/;

export interface TextPoint {
  node: Text;
  offset: number;
}

/** The first non-space character inside `range` (or at a collapsed range), as a text node and offset. */
export function firstTextPoint(doc: Document, range: Range): TextPoint | undefined {
  const { startContainer, startOffset } = range;
  if (startContainer.nodeType === Node.TEXT_NODE) {
    const text = startContainer as Text;
    const at = skipSpace(text, startOffset);
    if (at !== undefined && (range.collapsed || within(range, text, at))) return { node: text, offset: at };
    if (range.collapsed && startOffset <= text.data.length && startOffset > 0) return { node: text, offset: Math.min(startOffset, text.data.length - 1) };
  }
  const root = startContainer.nodeType === Node.TEXT_NODE ? (startContainer.parentNode ?? startContainer) : startContainer;
  const scope = range.collapsed ? (root.ownerDocument?.body ?? root) : range.commonAncestorContainer;
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const first = firstAfter(doc, range, walker);
  for (let node = first; node; node = walker.nextNode() as Text | null) {
    if (!range.collapsed && !range.intersectsNode(node)) break;
    const from = node === startContainer ? startOffset : 0;
    const at = skipSpace(node, from);
    if (at !== undefined && (range.collapsed || within(range, node, at))) return { node, offset: at };
  }
  return undefined;
}

/** The walker moved to the first text node at or after the range's start. */
function firstAfter(doc: Document, range: Range, walker: TreeWalker): Text | null {
  const start = doc.createRange();
  start.setStart(range.startContainer, range.startOffset);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Text that ends at or before the start is behind it.
    if (start.comparePoint(node, node.data.length) > 0 || (node === range.startContainer && range.startOffset < node.data.length)) return node;
  }
  return null;
}

function skipSpace(text: Text, from: number): number | undefined {
  for (let i = Math.max(0, from); i < text.data.length; i++) if (HAS_TEXT.test(text.data[i]!)) return i;
  return undefined;
}

const within = (range: Range, node: Text, offset: number) => range.comparePoint(node, offset) === 0 && !(node === range.endContainer && offset >= range.endOffset);
