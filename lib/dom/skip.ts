/** Named skip rules: elements whose text TermLens never reads or marks, and which elements are inline. */

/** Code, forms, media, annotations and non-text content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG', 'math', 'MATH', 'RT', 'RP', 'HEAD', 'TITLE',
  // TermLens's own card host (its tag is the name given to createShadowRootUi).
  'TERMLENS-CARD',
]);

/**
 * Inline elements: text on either side of them reads as one run (`<b>全模态</b>大模型` is one term).
 * Anything else starts a new run. A tag list, not getComputedStyle: layout reads are too costly here.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q',
  'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'LABEL',
]);

/** The attribute on TermLens's own shadow host, so it never scans its own card. */
export const OWN_UI_ATTRIBUTE = 'data-termlens-ui';

export const isOwnUi = (el: Element) => el.hasAttribute(OWN_UI_ATTRIBUTE);
export const isInline = (el: Element) => INLINE_TAGS.has(el.tagName);

/**
 * Editable regions: marking them would confuse the user's typing and the editor's own model.
 * The attribute, not `isContentEditable`, which makes the browser bring style up to date per call.
 */
function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export const SKIP = 0;
export const INLINE = 1;
export const BLOCK = 2;

/**
 * The walk's hot path, run for every element of the page: one tag read, and attribute reads only
 * for elements that have attributes at all.
 */
export function classify(el: Element): typeof SKIP | typeof INLINE | typeof BLOCK {
  const tag = el.tagName;
  if (SKIPPED_TAGS.has(tag)) return SKIP;
  // `hidden` is an attribute too: an element without attributes needs no further reads.
  if (el.hasAttributes() && ((el as HTMLElement).hidden === true || isOwnUi(el) || isEditableRoot(el))) return SKIP;
  return INLINE_TAGS.has(tag) ? INLINE : BLOCK;
}

export const isSkippedElement = (el: Element) => classify(el) === SKIP;
