/**
 * The characters a dictionary card is about, painted on the page while the card is open: a
 * highlight of its own name (termlens-lookup, styled in termlens-highlight.css), apart from the
 * marks' and the side panel's flash, so clearing one never touches the others. No element is added.
 */
const NAME = 'termlens-lookup';
let lookup: Highlight | undefined;

const supported = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

export function showLookupHighlight(range: Range): void {
  if (!supported()) return;
  lookup ??= new Highlight();
  lookup.clear();
  lookup.add(new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset }));
  CSS.highlights.set(NAME, lookup);
}

export function clearLookupHighlight(): void {
  if (!lookup) return;
  lookup.clear();
  CSS.highlights.delete(NAME);
}
