/**
 * Many frames hold nothing to read: ad slots, trackers, pixel frames, players. Such a frame waits
 * here, watching for text, before it asks for the glossary and builds a matcher of its own.
 */
import { classify, MAY_HOST_SHADOW, SKIP } from './skip';

import { READABLE_RECHECK_MS } from '../limits';

export interface WaitTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  onInvalidated(fn: () => void): unknown;
}

/**
 * Does the document hold any non-blank text the walk would read? An open shadow root counts as
 * text: what is added inside it later reaches no observer on the document, only the annotator's.
 */
export function hasReadableText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root || classify(root) === SKIP) return false;
  return !!root.shadowRoot || holdsText(root);
}

function holdsText(root: Element): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if (/\S/.test((node as Text).data)) return true;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const kind = classify(node as Element);
      if (kind !== SKIP) {
        if ((kind & MAY_HOST_SHADOW) !== 0 && (node as Element).shadowRoot) return true;
        enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/**
 * Resolves once the document holds readable text: at once for nearly every page, later for a frame
 * a script fills in. Never resolves for a frame that stays empty (its observer goes with the
 * content script's context).
 */
export function whenReadable(doc: Document, timers: WaitTimers): Promise<void> {
  if (hasReadableText(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    let checking = false;
    const observer = new MutationObserver(() => {
      if (checking) return;
      checking = true;
      timers.setTimeout(() => {
        checking = false;
        if (!hasReadableText(doc)) return;
        observer.disconnect();
        resolve();
      }, READABLE_RECHECK_MS);
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    timers.onInvalidated(() => observer.disconnect());
  });
}
