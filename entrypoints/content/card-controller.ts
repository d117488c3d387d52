/** What the page's card code offers the rest of the content script. */
import type { VNode } from 'preact';
import type { CardNav } from './card-stack';

export interface CardController {
  hide(): void;
  // --- for lookups beyond the glossary (dictionary-lookup.tsx) ---
  /** Shows other content in the same card host, placed at `anchor`. */
  showContent(anchor: Range, content: (close: () => void, nav: CardNav) => VNode, takeFocus: boolean): Promise<void>;
  /** What to do where no glossary term is (Alt+hover, Alt+click, Alt+L). */
  setUnmarkedLookup(lookup: UnmarkedLookup): void;
  /** Alt+L: the glossary term at the selection or focus, else the unmarked lookup; false when neither shows a card. */
  lookUpAtFocus(): boolean;
  /** The page scrolled to a term (Show in the article): no card opens under a pointer that has not moved since. */
  holdUntilPointerMoves(): void;
}

/** Lookups of text the glossary does not mark. */
export interface UnmarkedLookup {
  /** The pointer (with Alt held) is at (x, y) outside any term: true when it is on text this lookup handles. */
  pointer(x: number, y: number, delayMs: number): boolean;
  /** The text at the selection or caret: true when a lookup started. */
  atSelection(): boolean;
  /** Forget what is pending or shown (the card closed, or a glossary card took its place). */
  cancel(): void;
}
