/** Which CSS.highlights name TermLens's one Highlight is registered under, per highlight style. */
import type { HighlightStyle } from '../settings';

const NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'termlens-underline',
  background: 'termlens-background',
};

export const HIGHLIGHT_NAMES: readonly string[] = Object.values(NAMES);

/** Registers `highlight` under the style's name only (or under none, for 'none' or when inactive). */
export function applyHighlightStyle(highlight: Highlight, style: HighlightStyle | undefined): void {
  const wanted = style && style !== 'none' ? NAMES[style] : undefined;
  for (const name of HIGHLIGHT_NAMES) {
    if (name === wanted) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    } else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }
}
