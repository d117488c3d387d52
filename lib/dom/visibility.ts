/**
 * Which run containers are near the viewport. Ranges are only worth creating for text the reader
 * can see soon: a long page has tens of thousands of matches and painting all of them costs as
 * much as reading the page.
 */

import { NEAR_VIEWPORT_MARGIN } from '../limits';

export interface VisibilityTracker {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export type VisibilityFactory = (onChange: (el: Element, near: boolean) => void) => VisibilityTracker;

/**
 * The default: an IntersectionObserver, whose work happens in the browser's rendering step. An
 * element without a box of its own (`display: contents`, common in app shells) never intersects
 * anything, though its children are on screen: it is watched through its nearest ancestor with a
 * box instead, by a second observer (so that ancestor's own entries stay its own).
 */
export const intersectionVisibility: VisibilityFactory = (onChange) => {
  const options = { rootMargin: NEAR_VIEWPORT_MARGIN };
  /** Stand-in → the boxless elements it stands for; and back. */
  const standingFor = new Map<Element, Set<Element>>();
  const standInOf = new Map<Element, Element>();
  let standIns: IntersectionObserver | undefined;

  const io = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target;
      if (!entry.isIntersecting && hasNoBox(entry) && !standInOf.has(el)) {
        const standIn = boxedAncestorOf(el);
        if (standIn) {
          watchThrough(el, standIn);
          continue;
        }
      }
      onChange(el, entry.isIntersecting);
    }
  }, options);

  function watchThrough(el: Element, standIn: Element): void {
    standInOf.set(el, standIn);
    const group = standingFor.get(standIn);
    if (group) {
      group.add(el);
      return;
    }
    standingFor.set(standIn, new Set([el]));
    standIns ??= new IntersectionObserver((entries) => {
      for (const entry of entries) for (const boxless of standingFor.get(entry.target) ?? []) onChange(boxless, entry.isIntersecting);
    }, options);
    standIns.observe(standIn);
  }

  return {
    observe: (el) => io.observe(el),
    unobserve: (el) => {
      io.unobserve(el);
      const standIn = standInOf.get(el);
      if (!standIn) return;
      standInOf.delete(el);
      const group = standingFor.get(standIn)!;
      group.delete(el);
      if (group.size > 0) return;
      standingFor.delete(standIn);
      standIns?.unobserve(standIn);
    },
    disconnect: () => {
      io.disconnect();
      standIns?.disconnect();
      standingFor.clear();
      standInOf.clear();
    },
  };
};

/** A zero rectangle at the origin: no box (display: contents or none) — or an empty element. */
const hasNoBox = (entry: IntersectionObserverEntry) => {
  const r = entry.boundingClientRect;
  return r.width === 0 && r.height === 0 && r.x === 0 && r.y === 0;
};

/**
 * For a `display: contents` element, its nearest ancestor that has a box; else null (hidden
 * elements and empty ones are rightly never near). One style read, only for boxless elements.
 */
function boxedAncestorOf(el: Element): Element | null {
  const view = el.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(el).display !== 'contents') return null;
  for (let e = el.parentElement; e; e = e.parentElement) if (view.getComputedStyle(e).display !== 'contents') return e;
  return null;
}

/** Everything counts as near: for browsers without IntersectionObserver and for tests. */
export const everythingVisible: VisibilityFactory = (onChange) => ({
  observe: (el) => onChange(el, true),
  unobserve: () => {},
  disconnect: () => {},
});
