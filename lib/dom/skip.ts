/** Named skip rules: elements whose text TermLens never reads or marks. */

/** Code, forms, media, annotations and non-text content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG', 'math', 'MATH', 'RT', 'RP', 'HEAD', 'TITLE',
]);

/** The attribute on TermLens's own shadow host, so it never scans its own card. */
export const OWN_UI_ATTRIBUTE = 'data-termlens-ui';

export const isSkippedTag = (el: Element) => SKIPPED_TAGS.has(el.tagName);
/** Editable regions: marking them would confuse the user's typing and the editor's own model. */
export const isEditable = (el: Element) => (el as HTMLElement).isContentEditable === true;
export const isOwnUi = (el: Element) => el.hasAttribute(OWN_UI_ATTRIBUTE);
export const isHidden = (el: Element) => el.hasAttribute('hidden');

export function isSkippedElement(el: Element): boolean {
  return isSkippedTag(el) || isOwnUi(el) || isHidden(el) || isEditable(el);
}

/**
 * Inline elements: text on either side of them reads as one run (`<b>全模态</b>大模型` is one term).
 * Anything else starts a new run. A tag list, not getComputedStyle: layout reads are too costly here.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q',
  'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'LABEL',
]);

export const isInline = (el: Element) => INLINE_TAGS.has(el.tagName);
