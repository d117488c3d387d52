/**
 * Which CSS.highlights names TermLens's Highlights are registered under, per highlight style: one
 * for the terms it marks, one for the terms the reader knows where the reader opted into a lighter
 * mark. And keeping them there: the registry is the page's too, and a page that clears it
 * (`CSS.highlights.clear()`), deletes or replaces a name, or empties one of our Highlights must
 * not take the marks away for good — `restoreHighlights` puts back what we registered and painted.
 * It is cheap (a lookup per name, a size per Highlight) and runs on each frame of the private
 * layer (scroll, resize, page changes, the pointer, visibility) and after paint slices.
 */
import type { HighlightStyle } from '../settings';

type Painted = Exclude<HighlightStyle, 'none'>;

/** Where painted ranges go: a Highlight, a tracked one, or the private layer (private-layer.ts). */
export interface RangeSink {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

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

/** The names this frame registered, with their Highlights. */
const registered = new Map<string, Highlight>();
/** What each tracked Highlight should hold: the painter's ranges, kept beside it. */
const tracked = new Map<Highlight, Set<AbstractRange>>();

function register(highlight: Highlight, names: Record<Painted, string>, style: HighlightStyle | undefined): void {
  const wanted = style && style !== 'none' ? names[style] : undefined;
  for (const name of Object.values(names)) {
    if (name === wanted) {
      registered.set(name, highlight);
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    } else if (registered.get(name) === highlight) {
      registered.delete(name);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }
}

/** Registers `highlight` under the style's name only (or under none, for 'none' or when inactive). */
export function applyHighlightStyle(highlight: Highlight, style: HighlightStyle | undefined): void {
  register(highlight, NAMES, style);
}

/**
 * The known terms' Highlight, likewise: registered only where the reader opted into lighter marks
 * for known terms (pass `undefined` otherwise), whether or not the page holds any, so its presence
 * tells a page that option and nothing of the reader's terms.
 */
export function applyLightHighlightStyle(light: Highlight, style: HighlightStyle | undefined): void {
  register(light, LIGHT_NAMES, style);
}

/** A sink that paints into `highlight` and remembers what it holds, so that a page emptying it is undone. */
export function trackedSink(highlight: Highlight): RangeSink {
  const ranges = new Set<AbstractRange>();
  tracked.set(highlight, ranges);
  return {
    add(range) {
      ranges.add(range);
      highlight.add(range);
    },
    delete(range) {
      ranges.delete(range);
      highlight.delete(range);
    },
  };
}

/** Stops tracking a Highlight (TermLens switched off here): nothing is put back into it. */
export function untrack(highlight: Highlight): void {
  tracked.delete(highlight);
}

/**
 * Puts back what a page took from the registry: a name deleted or given another Highlight, a
 * tracked Highlight emptied or changed in size. True if anything had to be restored.
 */
export function restoreHighlights(): boolean {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
  let restored = false;
  for (const [name, highlight] of registered) {
    if (CSS.highlights.get(name) === highlight) continue;
    CSS.highlights.set(name, highlight);
    restored = true;
  }
  for (const [highlight, ranges] of tracked) {
    if (highlight.size === ranges.size) continue;
    highlight.clear();
    for (const range of ranges) highlight.add(range);
    restored = true;
  }
  return restored;
}
