/**
 * The pages a card has shown since it opened on the page, like a browser tab's history: a lookup
 * inside the card or a related term pushes a page (dropping any forward ones), Back and Forward
 * move along. A card opened from the page starts afresh.
 */
import type { CardNav } from '../../components/CardBar';

export type { CardNav };

export interface CardStack<P> {
  readonly current: P | undefined;
  /** A card opened from the page: this page alone. */
  reset(page: P): void;
  /** A page opened from inside the card. */
  push(page: P): void;
  /** Replaces the current page's record (its state changed: details, status), keeping its place. */
  update(page: P): void;
  /** Back and Forward where there is somewhere to go; `moved` is told after each move. */
  nav(moved: () => void): CardNav;
  clear(): void;
}

export function createCardStack<P>(): CardStack<P> {
  let pages: P[] = [];
  let at = -1;
  const go = (to: number, moved: () => void) => () => {
    if (to < 0 || to >= pages.length) return;
    at = to;
    moved();
  };
  return {
    get current() {
      return pages[at];
    },
    reset(page) {
      pages = [page];
      at = 0;
    },
    push(page) {
      pages = [...pages.slice(0, at + 1), page];
      at = pages.length - 1;
    },
    update(page) {
      if (at >= 0) pages[at] = page;
    },
    nav(moved) {
      return { ...(at > 0 ? { back: go(at - 1, moved) } : {}), ...(at < pages.length - 1 ? { forward: go(at + 1, moved) } : {}) };
    },
    clear() {
      pages = [];
      at = -1;
    },
  };
}
