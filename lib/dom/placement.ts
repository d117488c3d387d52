/**
 * Where a card goes beside a term: below it, above it, or to its side — never over it — and always
 * inside the viewport. Where no side holds the whole card, the roomier of below and above does,
 * with a max-height (the card then scrolls inside itself).
 */
import type { Rect } from './hover-intent';

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** Set where the card is taller than the room it gets: it scrolls inside this height. */
  maxHeight?: number;
}

export interface PlacementInput {
  term: Rect;
  /** The card's natural size (before any max-height). */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Gap to the term and to the viewport's edges. */
  margin: number;
  /** Below this height a card to the side beats one squeezed above or below. */
  minHeight: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

export function cardPlacement({ term, card, viewport, margin, minHeight }: PlacementInput): Placement {
  const roomBelow = viewport.height - term.bottom - 2 * margin;
  const roomAbove = term.top - 2 * margin;
  const roomRight = viewport.width - term.right - 2 * margin;
  const roomLeft = term.left - 2 * margin;
  const fullHeight = viewport.height - 2 * margin;
  const leftUnder = clamp(term.left, margin, viewport.width - card.width - margin);
  const topBeside = (height: number) => clamp(term.top, margin, viewport.height - height - margin);

  if (card.height <= roomBelow) return { top: term.bottom + margin, left: leftUnder, side: 'below' };
  if (card.height <= roomAbove) return { top: term.top - margin - card.height, left: leftUnder, side: 'above' };

  const tallest = Math.max(roomBelow, roomAbove);
  if (tallest < Math.min(card.height, minHeight)) {
    const beside = besidePlacement(roomRight, roomLeft);
    if (beside) {
      const height = Math.min(card.height, fullHeight);
      return {
        top: topBeside(height),
        left: beside === 'right' ? term.right + margin : term.left - margin - card.width,
        side: beside,
        ...(height < card.height ? { maxHeight: height } : {}),
      };
    }
  }
  const height = Math.max(0, tallest);
  return roomBelow >= roomAbove
    ? { top: term.bottom + margin, left: leftUnder, side: 'below', maxHeight: height }
    : { top: term.top - margin - height, left: leftUnder, side: 'above', maxHeight: height };

  function besidePlacement(right: number, left: number): 'right' | 'left' | undefined {
    if (card.width <= right) return 'right';
    if (card.width <= left) return 'left';
    return undefined;
  }
}

/** Whether two boxes overlap (touching edges do not). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
