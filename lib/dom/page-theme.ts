/**
 * The page's own theme, from the computed background behind a term (not the system's colour
 * scheme: a dark site on a light system is still dark), and a mark colour readable on it.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** `rgb(…)`/`rgba(…)` as getComputedStyle writes them (comma or space syntax); undefined otherwise. */
export function parseColor(value: string): Rgba | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The opaque colour seen behind an element, from its own background outwards (`layers`: computed
 * background colours, innermost first), each translucent layer blended over what lies beneath.
 * Undefined when no layer paints anything (the canvas decides: see themeOf).
 */
export function backgroundBehind(layers: readonly string[]): Rgba | undefined {
  const stack: Rgba[] = [];
  for (const value of layers) {
    const c = parseColor(value);
    if (!c || c.a === 0) continue;
    stack.push(c);
    if (c.a >= 1) break;
  }
  if (stack.length === 0) return undefined;
  let base = stack[stack.length - 1]!;
  if (base.a < 1) base = blend(base, { r: 255, g: 255, b: 255, a: 1 }); // the canvas under a translucent page is white
  for (let i = stack.length - 2; i >= 0; i--) base = blend(stack[i]!, base);
  return base;
}

const blend = (top: Rgba, under: Rgba): Rgba => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a),
  a: 1,
});

export type Theme = 'light' | 'dark';

/** Dark where the background is darker than mid-grey; with no painted background, the canvas's scheme. */
export function themeOf(background: Rgba | undefined, canvasIsDark: boolean): Theme {
  if (!background) return canvasIsDark ? 'dark' : 'light';
  return luminance(background) < 0.18 ? 'dark' : 'light';
}

/** The mark colours TermLens uses, in order of preference; the first with at least 3:1 against the background wins. */
export const MARK_COLOURS = ['#1a73e8', '#8ab4f8', '#0a1f44', '#d2e3fc'] as const;

/** A mark colour with at least 3:1 contrast on `background` (the one with the most where none reaches it). */
export function markColourOn(background: Rgba): string {
  let best: string = MARK_COLOURS[0];
  let bestContrast = 0;
  for (const hex of MARK_COLOURS) {
    const c = contrast(hexColor(hex), background);
    if (c >= 3) return hex;
    if (c > bestContrast) [best, bestContrast] = [hex, c];
  }
  return best;
}

export function hexColor(hex: string): Rgba {
  const n = parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
}

/** The known terms' underline in public/termlens-highlight.css: lightMarkColourOn of the default blue on white. */
export const DEFAULT_LIGHT_MARK = '#5396ee';

/** Steps between a mark colour and the background tried for the light mark. */
const LIGHT_STEPS = 20;

/**
 * The mark of a term the reader knows: `colour` moved towards the background as far as it keeps 3:1
 * contrast (WCAG's minimum for graphical marks), so it recedes without disappearing. A colour with
 * no contrast to spare stays as it is (the light mark is then only thinner).
 */
export function lightMarkColourOn(background: Rgba, colour: string): string {
  const base = hexColor(colour);
  let best = base;
  for (let step = 1; step < LIGHT_STEPS; step++) {
    const mixed = rounded(blend({ ...base, a: 1 - step / LIGHT_STEPS }, background));
    if (contrast(mixed, background) < 3) break;
    best = mixed;
  }
  return hexOf(best);
}

const rounded = (c: Rgba): Rgba => ({ r: Math.round(c.r), g: Math.round(c.g), b: Math.round(c.b), a: 1 });
const hexOf = (c: Rgba) => `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
