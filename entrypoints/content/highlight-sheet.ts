/**
 * The ::highlight style, added only while TermLens is active on the page: to the document, and to
 * each open shadow root the walk finds (page styles, ours included, stop at a shadow boundary).
 * One sheet, adopted once per root however many annotators find it, and taken out of every root
 * when TermLens is switched off for the site or the script is invalidated — where TermLens is off,
 * a page can find no style of it (a style injected with the manifest would answer
 * getComputedStyle for `::highlight(termlens-…)` on every page, and tell the reader's off-list).
 */
import { SHEET_ROOTS_PRUNE_AT } from '../../lib/limits';
import highlightCss from '../../public/termlens-highlight.css?raw';

type Root = Document | ShadowRoot;

export interface HighlightSheet {
  /** Adds the sheet to a root, unless it is there already. */
  adopt(root: Root): void;
  /** Takes the sheet out of every root it was added to. */
  removeAll(): void;
}

export function createHighlightSheet(): HighlightSheet {
  let sheet: CSSStyleSheet | undefined;
  const roots = new Set<Root>();
  /** Where a browser refuses a sheet from the extension's world in the document: a <style> element instead. */
  let fallback: HTMLStyleElement | undefined;

  const isGone = (root: Root) => root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && !(root as ShadowRoot).host.isConnected;

  return {
    adopt(root) {
      try {
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(highlightCss);
        }
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        if (roots.size >= SHEET_ROOTS_PRUNE_AT) for (const r of roots) if (isGone(r)) roots.delete(r);
        roots.add(root);
      } catch {
        if (root.nodeType !== Node.DOCUMENT_NODE) return; // a shadow root that refuses it: terms there are unpainted
        const doc = root as Document;
        if (fallback?.isConnected) return;
        fallback = doc.createElement('style');
        fallback.textContent = highlightCss;
        (doc.head ?? doc.documentElement).append(fallback);
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
      fallback?.remove();
      fallback = undefined;
    },
  };
}
