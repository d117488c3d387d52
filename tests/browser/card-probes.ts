/**
 * What a test reads from the card and the page, written once for both browsers: function sources
 * run on the card's shadow root (harness.ts's inCard, firefox-harness.ts's firefoxInCard), and page
 * reads that playwright and puppeteer pages both evaluate.
 */

/** Text of an element as the card paints it (generated content from data-t), else its text. */
const TEXT_OF = `(el) => [...el.querySelectorAll('[data-t]')].map((s) => s.getAttribute('data-t')).join('') || el.textContent`;

/**
 * Function source: the centre of `el`, first scrolled into the card's view where the card scrolls
 * (a reader would wheel there; a control below the fold has no point on screen to click).
 */
const CENTRE_IN_VIEW = `(root, el) => {
  const card = root.querySelector('.tl-hover');
  const view = card.getBoundingClientRect();
  let r = el.getBoundingClientRect();
  if (r.top < view.top || r.bottom > view.bottom) {
    card.scrollTop += r.top - view.top - (view.height - r.height) / 2;
    r = el.getBoundingClientRect();
  }
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/** On the card's root: the centre of the button whose text or aria-label is `name`, or undefined. */
export function controlIn(name: string): string {
  return `function () {
    const textOf = ${TEXT_OF};
    const el = [...this.querySelectorAll('button')].find((b) => textOf(b).trim() === ${JSON.stringify(name)} || b.getAttribute('aria-label') === ${JSON.stringify(name)});
    return el ? (${CENTRE_IN_VIEW})(this, el) : undefined;
  }`;
}

/** On the card's root: each action button's label (its aria-label, else its text), in order. */
export const ACTION_LABELS = `function () {
  const textOf = ${TEXT_OF};
  return [...this.querySelectorAll('.tl-actions button')].map((b) => b.getAttribute('aria-label') ?? textOf(b));
}`;

/** On the card's root: the centre of the control labelled `label` (a radio's label, or a text box's), or undefined. */
export function labelledIn(label: string): string {
  return `function () {
    const textOf = ${TEXT_OF};
    const found = [...this.querySelectorAll('label')].find((l) => textOf(l).trim() === ${JSON.stringify(label)});
    const control = found && found.querySelector('input, textarea');
    return control ? (${CENTRE_IN_VIEW})(this, control) : undefined;
  }`;
}

/** On the card's root: which status radio is checked. */
export const CHECKED_STATUS = `function () { const r = this.querySelector('.tl-status-group input:checked'); return r ? r.value : undefined; }`;

/** A page of either driver evaluating a one-argument function. */
export interface PageReader {
  evaluate(fn: (name: string) => string[], name: string): Promise<string[]>;
}

/** The strings in the named highlight, in document order (the known terms' light one, say). */
export function highlightedTexts(page: PageReader, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges: Range[] = [];
    // forEach, not iteration: iterators do not cross Firefox's Xray wrappers.
    highlight.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(range);
    });
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
  }, name);
}

export interface TermBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** A point on the term's second character (on the term whatever its neighbours). */
  x: number;
  y: number;
}

/** Page function: the box of `term` in the first text node of element `id`, in viewport coordinates. */
export function termBoxOnPage([id, term]: readonly [string, string]): TermBox {
  const text = document.getElementById(id)!.firstChild as Text;
  const range = document.createRange();
  const at = text.data.indexOf(term);
  range.setStart(text, at);
  range.setEnd(text, at + term.length);
  const r = range.getBoundingClientRect();
  range.setStart(text, at + 1);
  range.setEnd(text, at + 2);
  const c = range.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, x: c.left + c.width / 2, y: c.top + c.height / 2 };
}

/** Page function: the card host's box while a card shows, else null. */
export function hostBoxOnPage(): { left: number; top: number; right: number; bottom: number } | null {
  const r = document.querySelector('[data-termlens-ui]')?.getBoundingClientRect();
  return r && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

/**
 * Page function, the sync point for "nothing opened" over a page: the content script handles a move
 * on the next frame and opens a term `delay` ms later; a page timer of that delay set after that
 * frame fires after it.
 */
export function afterCardHoverDelay(delay: number): Promise<void> {
  return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, delay))));
}

/**
 * Page function, the sync point for "nothing opened" in the side panel: a timer of the popover's
 * hover delay set after the last move fires after any open that move scheduled (same delay, set
 * earlier), and Preact renders in a microtask, so a popover about to open is on the page by the next frame.
 */
export function afterPopoverHoverDelay(delay: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), delay));
}

/** Page function (side panel): the box of the Reader's mark whose text is `term`. */
export function markBoxOnPage(term: string): { left: number; top: number; right: number; bottom: number } {
  const r = [...document.querySelectorAll('.tl-article mark')].find((m) => m.textContent === term)!.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Page function (side panel): the open popover's heading and box, or null. */
export function popoverOnPage(): { heading: string; left: number; top: number; right: number; bottom: number } | null {
  const box = document.querySelector('.tl-popover');
  if (!box) return null;
  const r = box.getBoundingClientRect();
  return { heading: box.querySelector('h2')!.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

export interface TraditionalCard {
  heading: string;
  /** The reading of the form met, with its script where it is Traditional. */
  pinyin: string;
  zh: string[];
  related: string[];
  innerPills: number;
}

/** On the card's root: its heading, reading, Chinese definitions (lang + text), related chips, and chips drawn twice. */
export const CARD_IN_SCRIPT = `function () {
  const textOf = ${TEXT_OF};
  const h = this.querySelector('h2');
  if (!h) return undefined;
  return {
    heading: textOf(h),
    pinyin: textOf(this.querySelector('.tl-pinyin')),
    zh: [...this.querySelectorAll('.tl-definition p[lang^="zh"]:not(.tl-basis)')].map((p) => p.getAttribute('lang') + ' ' + textOf(p)),
    related: [...this.querySelectorAll('.tl-related button')].map(textOf),
    // The painted text inside a chip is a span too: it must not draw a second pill.
    innerPills: [...this.querySelectorAll('.tl-related button span')].filter((s) => getComputedStyle(s).borderTopStyle !== 'none').length,
  };
}`;

/**
 * On the card's root: the centre of unit `k` of the first occurrence of `text` in the painted text of
 * the first element matching `selector` (the card paints its text in units, card-selection.ts).
 */
export function unitIn(selector: string, text: string, k: number): string {
  return `function () {
    const block = this.querySelector(${JSON.stringify(selector)});
    if (!block) return undefined;
    const units = [...block.querySelectorAll('[data-t]')];
    let painted = '';
    const starts = units.map((u) => { const at = painted.length; painted += u.getAttribute('data-t'); return at; });
    const at = painted.indexOf(${JSON.stringify(text)});
    if (at < 0) return undefined;
    const unit = units[starts.findLastIndex((s) => s <= at + ${k})];
    return (${CENTRE_IN_VIEW})(this, unit);
  }`;
}

/** On the card's root: the text of the units the card's own selection holds. */
export const CARD_SELECTED = `function () { return [...this.querySelectorAll('.tl-sel')].map((u) => u.getAttribute('data-t')).join(''); }`;

/** On the card's root: the painted text of its pinned bar's buttons (Back, Forward, ×). */
export const BAR_BUTTONS = `function () {
  const textOf = ${TEXT_OF};
  return [...this.querySelectorAll('.tl-bar button')].map((b) => textOf(b).trim());
}`;

/** On the card's root: the basis line's painted text and its tooltip. */
export const BASIS_LINE = `function () {
  const textOf = ${TEXT_OF};
  const p = this.querySelector('.tl-basis');
  return p ? [textOf(p), p.title] : undefined;
}`;

/** Runs before the content script: what a page can learn of a selection or a copy, from the start. */
export const SELECTION_SPY_INIT = `
  window.__seen = { selections: [], copies: [] };
  document.addEventListener('selectionchange', () => window.__seen.selections.push(String(document.getSelection())), true);
  addEventListener('copy', () => window.__seen.copies.push(String(document.getSelection())), true);
`;

/** Page read: the characters the open dictionary card is about, as its own highlight paints them. */
export function lookupHighlightText(): string[] {
  const highlight = CSS.highlights.get('termlens-lookup');
  if (!highlight) return [];
  return [...highlight].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}
