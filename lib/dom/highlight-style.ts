/**
 * Which CSS.highlights names TermLens's Highlights are registered under, per highlight style: one
 * for the terms it marks, one for the terms the reader knows (marked more lightly).
 */
import type { HighlightStyle } from '../settings';

type Painted = Exclude<HighlightStyle, 'none'>;

const NAMES: Record<Painted, string> = {
  underline: 'termlens-underline',
  background: 'termlens-background',
};
const LIGHT_NAMES: Record<Painted, string> = {
  underline: 'termlens-underline-light',
  background: 'termlens-background-light',
};

export const HIGHLIGHT_NAMES: readonly string[] = Object.values(NAMES);
export const LIGHT_HIGHLIGHT_NAMES: readonly string[] = Object.values(LIGHT_NAMES);

function register(highlight: Highlight, names: Record<Painted, string>, style: HighlightStyle | undefined): void {
  const wanted = style && style !== 'none' ? names[style] : undefined;
  for (const name of Object.values(names)) {
    if (name === wanted) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    } else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }
}

/** Registers `highlight` under the style's name only (or under none, for 'none' or when inactive). */
export function applyHighlightStyle(highlight: Highlight, style: HighlightStyle | undefined): void {
  register(highlight, NAMES, style);
}

/**
 * The known terms' Highlight, likewise. Registered only while a page holds known terms (pass
 * `undefined` otherwise): a page without any learns nothing from a name it would otherwise see.
 */
export function applyLightHighlightStyle(light: Highlight, style: HighlightStyle | undefined): void {
  register(light, LIGHT_NAMES, style);
}
