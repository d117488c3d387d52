/**
 * The ::highlight style inside the page's open shadow roots: page styles (ours included) stop at a
 * shadow boundary. One sheet, built only on pages that have shadow roots, adopted once per root
 * however many annotators find it, and taken out of every root when TermLens is switched off for
 * the site or the script is invalidated — nothing of it stays where TermLens is off.
 */
import { SHEET_ROOTS_PRUNE_AT } from '../../lib/limits';
import highlightCss from '../../public/termlens-highlight.css?raw';

export interface HighlightSheet {
  /** Adds the sheet to a root, unless it is there already. */
  adopt(root: ShadowRoot): void;
  /** Takes the sheet out of every root it was added to. */
  removeAll(): void;
}


export function createHighlightSheet(): HighlightSheet {
  let sheet: CSSStyleSheet | undefined;
  const roots = new Set<ShadowRoot>();

  return {
    adopt(root) {
      try {
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(highlightCss);
        }
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        if (roots.size >= SHEET_ROOTS_PRUNE_AT) for (const r of roots) if (!r.host.isConnected) roots.delete(r);
        roots.add(root);
      } catch {
        /* a browser that refuses a sheet from the extension's world: terms there are unpainted */
      }
    },
    removeAll() {
      for (const root of roots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          /* the root's realm is gone (its frame was removed): nothing left to clean */
        }
      }
      roots.clear();
    },
  };
}
