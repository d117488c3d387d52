/**
 * The text that starts at a point of the page, read forward through inline elements (a word may be
 * cut by `<b>` or `<a>`) up to the end of its block, for a dictionary lookup there. Skipped
 * elements (`<rt>`, scripts, fields, TermLens's own UI) are left out, as the page walk leaves them.
 */
import { startsWithHan } from '../dict/han';
import { BLOCK, classify, INLINE, SKIP } from './skip';

export interface TextAfter {
  text: string;
  /** The range over the first `length` characters of `text`, across the nodes they came from. */
  rangeOf(length: number): Range;
}


function blockOf(node: Node): Node {
  let el = node.parentElement;
  while (el && (classify(el) & BLOCK) === 0 && el.parentElement) el = el.parentElement;
  return el ?? node;
}

/** Up to `max` characters from (node, offset); undefined unless they start with a Han character. */
export function textAfter(doc: Document, node: Text, offset: number, max: number): TextAfter | undefined {
  if (offset < 0 || offset >= node.data.length || !startsWithHan(node.data.slice(offset, offset + 2))) return undefined;
  for (let el = node.parentElement; el; el = el.parentElement) if (classify(el) === SKIP) return undefined;
  const pieces: { node: Text; start: number; end: number }[] = [];
  let text = '';
  const take = (from: Text, start: number) => {
    const chunk = from.data.slice(start, start + max - text.length);
    pieces.push({ node: from, start, end: start + chunk.length });
    text += chunk;
  };
  take(node, offset);
  const block = blockOf(node);
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.TEXT_NODE || classify(n as Element) !== SKIP ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  walker.currentNode = node;
  for (let next = walker.nextNode(); next && text.length < max; next = walker.nextNode()) {
    if (next.nodeType === Node.TEXT_NODE) take(next as Text, 0);
    else if ((classify(next as Element) & INLINE) === 0) break; // a nested block, a <br>: the word ends here
  }
  return {
    text,
    rangeOf(length) {
      const range = doc.createRange();
      range.setStart(node, offset);
      let left = length;
      for (const piece of pieces) {
        const span = piece.end - piece.start;
        if (left <= span) {
          range.setEnd(piece.node, piece.start + left);
          return range;
        }
        left -= span;
      }
      const last = pieces[pieces.length - 1]!;
      range.setEnd(last.node, last.end);
      return range;
    },
  };
}
