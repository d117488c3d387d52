/**
 * Selecting text in the card without the page seeing it. The card's text is generated content in
 * units (unfindable-text.ts), which the browser's own selection cannot enter, and a native selection
 * in a closed shadow root is the page's to read (Chromium: `getSelection().toString()`; Firefox: the
 * text node itself as `anchorNode`). So the card keeps its own selection: a drag over units, a
 * double-click for a word, a triple-click for a paragraph, painted by a class inside the shadow
 * root; Ctrl/⌘+C writes it to the clipboard with no copy event and no document selection. The same
 * units tell an Alt+hover or Alt+L inside the card which word it is on.
 */
import { guarded } from './card-placement';

const UNIT = '[data-t]';
/** Units inside these are controls' labels, not text to select or look up. */
const CONTROL = 'button, a, label, input, textarea, select, legend';
const BLOCK = 'p, li, h2, h3, blockquote, figcaption, dt, dd';
const SELECTED = 'tl-sel';

/** A word in the card's text: its block's text and where in it the word starts. */
export interface CardWord {
  text: string;
  offset: number;
  /** The unit's box, where a nested lookup's highlight goes. */
  unit: Element;
}

export interface CardSelection {
  /** The selected text ('' when none). */
  text(): string;
  /** The word a lookup means: the selection's start (with its length), else the unit last under an Alt pointer. */
  lookupWord(): (CardWord & { length?: number }) | undefined;
  clear(): void;
}

const isUnit = (node: EventTarget | undefined): node is Element => node instanceof Element && node.matches(UNIT) && !node.closest(CONTROL);

/** The block a unit stands in, its text and the unit's offset there (units of controls left out). */
export function wordAt(unit: Element): CardWord {
  const block = unit.parentElement?.closest(BLOCK) ?? unit.parentElement!;
  let text = '';
  let offset = 0;
  for (const u of block.querySelectorAll(UNIT)) {
    if (u.closest(CONTROL)) continue;
    if (u === unit) offset = text.length;
    text += u.getAttribute('data-t') ?? '';
  }
  return { text, offset, unit };
}

export function attachCardSelection(root: ShadowRoot, onAltPointer: (word: CardWord) => void): CardSelection {
  let anchor: Element | undefined;
  let focus: Element | undefined;
  let dragging = false;
  let altUnder: Element | undefined;

  const units = () => [...root.querySelectorAll(UNIT)].filter((u) => !u.closest(CONTROL));

  function selected(): Element[] {
    if (!anchor?.isConnected || !focus?.isConnected) return [];
    const all = units();
    const a = all.indexOf(anchor);
    const b = all.indexOf(focus);
    if (a < 0 || b < 0) return [];
    return all.slice(Math.min(a, b), Math.max(a, b) + 1);
  }

  function paint(): void {
    for (const u of root.querySelectorAll(`.${SELECTED}`)) u.classList.remove(SELECTED);
    for (const u of selected()) u.classList.add(SELECTED);
  }

  function select(from: Element | undefined, to: Element | undefined): void {
    anchor = from;
    focus = to;
    paint();
  }

  /** A word around a unit: a Latin word is a unit already; a Han character takes its word by the segmenter. */
  function wordUnits(unit: Element): [Element, Element] {
    const { text, offset } = wordAt(unit);
    const block = units().filter((u) => u.parentElement?.closest(BLOCK) === unit.parentElement?.closest(BLOCK));
    if (typeof Intl.Segmenter !== 'function') return [unit, unit];
    for (const seg of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
      if (offset < seg.index || offset >= seg.index + seg.segment.length) continue;
      let at = 0;
      const inside = block.filter((u) => {
        const start = at;
        at += (u.getAttribute('data-t') ?? '').length;
        return start >= seg.index && start < seg.index + seg.segment.length;
      });
      return [inside[0] ?? unit, inside.at(-1) ?? unit];
    }
    return [unit, unit];
  }

  root.addEventListener(
    'mousedown',
    guarded((e: MouseEvent) => {
      const target = e.composedPath()[0];
      if (e.button !== 0) return;
      if (!isUnit(target)) {
        if (!(target instanceof Element && target.closest(CONTROL))) select(undefined, undefined);
        return;
      }
      if (e.detail >= 3) {
        const block = target.parentElement?.closest(BLOCK);
        const inBlock = units().filter((u) => block?.contains(u));
        select(inBlock[0] ?? target, inBlock.at(-1) ?? target);
      } else if (e.detail === 2) {
        select(...wordUnits(target));
      } else {
        select(target, target);
        dragging = true;
      }
    }) as EventListener,
  );
  root.addEventListener(
    'mousemove',
    guarded((e: MouseEvent) => {
      const target = e.composedPath()[0];
      if (dragging && (e.buttons & 1) === 0) dragging = false;
      if (dragging && isUnit(target) && target !== focus) {
        focus = target;
        paint();
      }
      if (e.altKey && isUnit(target) && target !== altUnder) {
        altUnder = target;
        onAltPointer(wordAt(target));
      } else if (!e.altKey) altUnder = undefined;
    }) as EventListener,
  );
  root.addEventListener('mouseup', () => void (dragging = false));
  root.addEventListener(
    'keydown',
    guarded((e: KeyboardEvent) => {
      const text = selectedText();
      if (!text || e.altKey || !(e.ctrlKey || e.metaKey) || e.code !== 'KeyC') return;
      // No native copy: it would fire a copy event the page reads the document's selection in.
      e.preventDefault();
      e.stopPropagation();
      void navigator.clipboard.writeText(text).catch(() => {});
    }) as EventListener,
  );

  /** The selected units' text, a line break between blocks. */
  function selectedText(): string {
    let text = '';
    let block: Element | null | undefined;
    for (const u of selected()) {
      const at = u.parentElement?.closest(BLOCK);
      if (block !== undefined && at !== block) text += '\n';
      block = at;
      text += u.getAttribute('data-t') ?? '';
    }
    return text.trim();
  }

  return {
    text: selectedText,
    lookupWord() {
      const units = selected();
      if (units.length > 0) {
        const word = wordAt(units[0]!);
        return { ...word, length: selectedText().length };
      }
      return altUnder?.isConnected ? wordAt(altUnder) : undefined;
    },
    clear: () => select(undefined, undefined),
  };
}
