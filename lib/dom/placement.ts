/** Where a card goes beside a term: below it, or above where there is no room below; always inside the viewport. */

export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export function cardPosition(
  term: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  margin: number,
): { top: number; left: number } {
  const below = term.bottom + margin;
  const above = term.top - margin - card.height;
  const top = below + card.height <= viewport.height || above < 0 ? below : above;
  return {
    top: Math.max(margin, Math.min(top, viewport.height - card.height - margin)),
    left: Math.max(margin, Math.min(term.left, viewport.width - card.width - margin)),
  };
}
