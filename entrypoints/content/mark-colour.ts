/**
 * The underline's colour for this page: the default blue where it has 3:1 contrast on the page's
 * background, a lighter or darker one where it does not (a black page: light blue); and the known
 * terms' lighter underline, still at 3:1 on this background. One sheet adopted by the document
 * (its rules name only the highlight names every page with TermLens on sees, whatever the
 * reader's data); the same colours are used by the private layer of own terms' marks.
 */
import { backgroundBehind, contrast, DEFAULT_LIGHT_MARK, hexColor, lightMarkColourOn, markColourOn, MARK_COLOURS } from '../../lib/dom/page-theme';

export interface MarkColours {
  colour: string;
  light: string;
  /** Takes the sheet away again (switched off: nothing of TermLens stays). */
  remove(): void;
}

/** Adopts the sheet where the default colour lacks contrast; returns the colours and how to take the sheet away. */
export function applyMarkColour(doc: Document): MarkColours {
  const defaults = { colour: MARK_COLOURS[0]!, light: DEFAULT_LIGHT_MARK, remove: () => {} };
  try {
    const layers = [doc.body, doc.documentElement].filter((el): el is HTMLElement => !!el).map((el) => getComputedStyle(el).backgroundColor);
    const scheme = getComputedStyle(doc.documentElement).colorScheme;
    const canvasDark = /\bdark\b/.test(scheme) && matchMedia('(prefers-color-scheme: dark)').matches;
    const background = backgroundBehind(layers) ?? hexColor(canvasDark ? '#121212' : '#ffffff');
    const colour = markColourOn(background);
    if (colour === MARK_COLOURS[0] && contrast(hexColor(DEFAULT_LIGHT_MARK), background) >= 3) return defaults;
    const light = lightMarkColourOn(background, colour);
    const sheet = new CSSStyleSheet();
    const main = colour === MARK_COLOURS[0] ? '' : `::highlight(termlens-underline) { text-decoration-color: ${colour}; text-decoration-thickness: 2px; }\n`;
    sheet.replaceSync(`${main}::highlight(termlens-underline-light) { text-decoration-color: ${light}; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      colour,
      light,
      remove() {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    /* a browser that refuses a sheet from the extension's world keeps the default colour */
    return defaults;
  }
}
