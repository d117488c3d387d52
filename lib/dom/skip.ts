/** Named skip rules: elements whose text TermLens never reads or marks, and which elements are inline. */

/** Code, forms, media, annotations and non-text content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG', 'math', 'MATH', 'RT', 'RP', 'HEAD', 'TITLE',
  // TermLens's own card host (its tag is the name given to createShadowRootUi).
  'TERMLENS-CARD',
]);

/**
 * Code, keyboard input and program output. Read, since pages write prose there too (a blog's
 * bullet lists and diagrams in `<pre>`: 多模態 in Han characters is marked), but Latin forms there
 * are identifiers (`img_prompt`, `GPT-4`), not marked: the run reader tells the matcher which parts
 * are code (text-runs.ts). `pre` is a block, the others inline.
 */
const CODE_TAGS = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);

/**
 * Inline elements: text on either side of them reads as one run (`<b>全模态</b>大模型` is one term).
 * Anything else starts a new run. A tag list, not getComputedStyle: layout reads are too costly here.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'MARK', 'Q',
  'RUBY', 'RB', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'LABEL',
  'CODE', 'KBD', 'SAMP',
]);

/** The attribute on TermLens's own shadow host, so it never scans its own card. */
export const OWN_UI_ATTRIBUTE = 'data-termlens-ui';

export const isOwnUi = (el: Element) => el.hasAttribute(OWN_UI_ATTRIBUTE);
/** `<code>`, `<pre>`, `<kbd>`, `<samp>` (any case of the tag name, as XHTML writes it). */
const CODE_TAG_NAMES = new Set([...CODE_TAGS, ...[...CODE_TAGS].map((t) => t.toLowerCase())]);
export const isCode = (el: Element) => CODE_TAG_NAMES.has(el.tagName);
export const isInline = (el: Element) => (kindOfTag(el.tagName) & INLINE) !== 0;

/** `hidden`, read as the attribute: hidden="until-found" text is found by find-in-page, so it is read (as Chromium's `hidden` property says; happy-dom's does not). */
function isHidden(el: Element): boolean {
  const value = el.getAttribute('hidden');
  return value !== null && value.toLowerCase() !== 'until-found';
}

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
/** Added to INLINE or BLOCK for the elements that can hold a shadow root (the walk asks only those). */
export const MAY_HOST_SHADOW = 4;

/**
 * The elements `attachShadow` and declarative shadow DOM accept, besides custom elements: every
 * other element's `shadowRoot` is null, and reading it would be one more call into the browser
 * per element of the page.
 */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

/** Each known tag's kind, so that the walk's hot path is one map lookup per element. */
const KIND_BY_TAG = new Map<string, number>();
for (const tag of INLINE_TAGS) KIND_BY_TAG.set(tag, INLINE);
for (const tag of SHADOW_HOST_TAGS) KIND_BY_TAG.set(tag, (INLINE_TAGS.has(tag) ? INLINE : BLOCK) | MAY_HOST_SHADOW);
for (const tag of SKIPPED_TAGS) KIND_BY_TAG.set(tag, SKIP);

/** Tags learnt while walking are remembered up to this many (a hostile page can invent millions). */
const LEARNT_TAGS_MAX = 512;
let learntTags = 0;

/**
 * A tag not in the lists: the same as its upper-case spelling if that is known (XHTML documents
 * spell tags in lower case), else a block — and, with a hyphen, a custom element, which may hold
 * a shadow root. Remembered, so each tag of a page is worked out once.
 */
function kindOfUnknownTag(tag: string): number {
  const upper = tag.toUpperCase();
  const kind = (upper !== tag ? KIND_BY_TAG.get(upper) : undefined) ?? (tag.includes('-') ? BLOCK | MAY_HOST_SHADOW : BLOCK);
  if (learntTags < LEARNT_TAGS_MAX) {
    learntTags++;
    KIND_BY_TAG.set(tag, kind);
  }
  return kind;
}

const kindOfTag = (tag: string) => KIND_BY_TAG.get(tag) ?? kindOfUnknownTag(tag);

/**
 * The walk's hot path, run for every element of the page: one tag read, and attribute reads only
 * for elements that have attributes at all. Returns SKIP, or INLINE / BLOCK possibly with
 * MAY_HOST_SHADOW.
 */
export function classify(el: Element): number {
  const kind = kindOfTag(el.tagName);
  if (kind === SKIP) return SKIP;
  // `hidden` is an attribute too: an element without attributes needs no further reads.
  if (el.hasAttributes() && (isHidden(el) || isOwnUi(el) || isEditableRoot(el))) return SKIP;
  return kind;
}

export const isSkippedElement = (el: Element) => classify(el) === SKIP;
