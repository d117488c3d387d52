/**
 * Which run containers are near the viewport. Ranges are only worth creating for text the reader
 * can see soon: a long page has tens of thousands of matches and painting all of them costs as
 * much as reading the page.
 */

/** Rendered one viewport above and below what is visible, so scrolling shows marks already there. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px';

export interface VisibilityTracker {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export type VisibilityFactory = (onChange: (el: Element, near: boolean) => void) => VisibilityTracker;

/** The default: one IntersectionObserver, whose work happens in the browser's rendering step. */
export const intersectionVisibility: VisibilityFactory = (onChange) => {
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) onChange(entry.target, entry.isIntersecting);
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  return {
    observe: (el) => io.observe(el),
    unobserve: (el) => io.unobserve(el),
    disconnect: () => io.disconnect(),
  };
};

/** Everything counts as near: for browsers without IntersectionObserver and for tests. */
export const everythingVisible: VisibilityFactory = (onChange) => ({
  observe: (el) => onChange(el, true),
  unobserve: () => {},
  disconnect: () => {},
});
