/**
 * Where a private-layer mark goes (private-layer.ts): a text range's boxes, cut to what clips them
 * (scrollers, overflow: hidden, the viewport), and whether its text is seen at all. Read-only:
 * the layer calls these in its read phase, before it writes any box.
 */

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The underline's place under a line's box: where a 1.5px dotted text-decoration 3px under the baseline falls. */
export const underlineOf = (r: DOMRect): Box => ({ left: r.left, top: r.bottom - 2, right: r.right, bottom: r.bottom });

export const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** Whether the text's element is rendered and seen (not display: none, visibility: hidden or opacity: 0). */
export function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  return el.getClientRects().length > 0;
}

/**
 * The ancestors (through shadow hosts) that clip `el`'s content: those whose overflow is not
 * visible. Above a fixed element, none: it is placed against the viewport, not them.
 */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return out;
  // The root element's and the body's overflow belong to the viewport, which clips anyway.
  for (let e: Element | null = el; e && e !== doc.body && e !== doc.documentElement; ) {
    const style = view.getComputedStyle(e);
    // Overflow does not apply to inline boxes (their clientWidth is 0 too).
    const clips = style.display !== 'inline' && style.display !== 'contents' && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
    if (clips) out.push(e);
    if (style.position === 'fixed') break;
    const parent: Node | null = e.parentNode;
    e = parent instanceof ShadowRoot ? parent.host : parent?.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
  }
  return out;
}

/** The visible part of an element's box: its padding box, scroll bars left out. */
export function paddingBoxOf(el: Element): Box | null {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}
