/**
 * The reader's own terms, marked where the page cannot read them. CSS.highlights is shared with
 * the page: every range in it can be read, and its style too (getComputedStyle(el,
 * '::highlight(name)') answers with the real one), so a mark there on a form that is not bundled
 * names one of the reader's own terms. These marks are boxes in a closed shadow root instead:
 * - the host exists on every page where TermLens is on, whatever the reader's data (its presence
 *   tells only that TermLens runs, which the page's highlight registry tells anyway); a plain
 *   element with inline `!important` geometry, put back if the page moves or restyles it;
 * - `pointer-events: none` (hit tests, the card's caret lookups and the page's own clicks pass
 *   through), `contain: strict` and an inner box clipped to the viewport (no scrollable overflow
 *   the page could measure on the host);
 * - positions read in one batch per animation frame (every mark's rectangles first, then every
 *   box written: one layout, never a read between writes), on scroll (captured, so inner
 *   scrollers count), resize, page changes, loads, and only for the ranges the painter holds,
 *   which are those near the viewport;
 * - each mark clipped to the visible box of the elements that clip it (scrollers, overflow: hidden)
 *   and to the viewport, and not drawn where its text is hidden.
 * The marked text rides on the first box as `data-t` (inside the closed root, like the card's own
 * text), which the browser tests read through the DevTools protocol.
 */
import type { HighlightStyle } from '../settings';
import type { RangeSink } from './highlight-style';
import { clippingAncestors, intersect, isShown, paddingBoxOf, underlineOf, type Box } from './mark-geometry';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** The attribute naming the layer's host (not the card's: tests and the card look for that one). */
export const PRIVATE_LAYER_ATTRIBUTE = 'data-termlens-marks';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: none',
  'contain: strict',
  'overflow: hidden',
  // Below the card's host (2147483647), above the page: a mark of text inside a positioned
  // element would otherwise vanish under it.
  'z-index: 2147483646',
  'margin: 0',
  'padding: 0',
  'border: 0',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export interface MarkLook {
  style: HighlightStyle;
  /** The underline's colour on this page (mark-colour.ts). */
  colour: string;
  /** The lighter underline of known terms. */
  light: string;
}

export interface PrivateLayerOptions {
  doc: Document;
  /** Runs `fn` before the next paint (requestAnimationFrame, tied to the script's life). */
  nextFrame(fn: () => void): void;
  /** Called after each frame's marks are placed (the highlight registry's check rides on it). */
  onFrame?(): void;
}

interface Mark {
  range: AbstractRange;
  light: boolean;
  boxes: HTMLElement[];
  /** The elements that clip it, innermost first (read once, again after the page changes). */
  clips?: Element[];
  text?: string;
}

export type PrivateLayer = ReturnType<typeof createPrivateLayer>;

export function createPrivateLayer({ doc, nextFrame, onFrame }: PrivateLayerOptions) {
  const host = doc.createElementNS(XHTML, 'div') as HTMLDivElement;
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = doc.createElementNS(XHTML, 'style') as HTMLStyleElement;
  const layer = doc.createElementNS(XHTML, 'div') as HTMLDivElement;
  layer.setAttribute('style', 'position: absolute; inset: 0; overflow: hidden; contain: strict; pointer-events: none;');
  root.append(sheet, layer);
  const marks = new Map<AbstractRange, Mark>();
  const measuring = doc.createRange();
  let look: MarkLook = { style: 'underline', colour: '#1a73e8', light: '#5396ee' };
  let attached = false;
  let queued = false;

  const schedule = () => {
    if (queued || !attached) return;
    queued = true;
    nextFrame(update);
  };
  /** The page changed: what clips a mark may have too. */
  const pageChanged = () => {
    for (const mark of marks.values()) mark.clips = undefined;
    schedule();
  };
  const hostWatch = new MutationObserver(schedule);
  const pageWatch = new MutationObserver(pageChanged);
  /** The page's changes are watched only while there are marks they could move (a record per change costs the page). */
  const watchPage = (on: boolean) => {
    pageWatch.disconnect();
    if (on) pageWatch.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
  };

  function place(): void {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const name of host.getAttributeNames()) if (name !== 'style' && name !== PRIVATE_LAYER_ATTRIBUTE) host.removeAttribute(name);
    if (!host.hasAttribute(PRIVATE_LAYER_ATTRIBUTE)) host.setAttribute(PRIVATE_LAYER_ATTRIBUTE, '');
    const html = doc.documentElement;
    if (html && host.parentNode !== html) html.append(host);
  }

  function update(): void {
    queued = false;
    if (!attached) return;
    place();
    hostWatch.takeRecords();
    if (marks.size === 0) return void onFrame?.(); // nothing to measure: no layout read
    // Reads: every mark's rectangles, clipped, before anything is written.
    const view = { left: 0, top: 0, right: doc.documentElement.clientWidth || innerWidth, bottom: doc.documentElement.clientHeight || innerHeight };
    const clipOf = new Map<Element, Box | null>();
    const placed: [Mark, Box[]][] = [];
    for (const mark of marks.values()) placed.push([mark, look.style === 'none' ? [] : boxesOf(mark, view, clipOf)]);
    // Writes.
    for (const [mark, boxes] of placed) draw(mark, boxes);
    onFrame?.();
  }

  function boxesOf(mark: Mark, view: Box, clipOf: Map<Element, Box | null>): Box[] {
    const { startContainer, startOffset, endContainer, endOffset } = mark.range;
    const parent = startContainer.parentElement;
    if (!parent || !startContainer.isConnected || !endContainer.isConnected) return [];
    try {
      measuring.setStart(startContainer, startOffset);
      measuring.setEnd(endContainer, endOffset);
    } catch {
      return []; // the text changed under it; the painter's rescan brings its new range
    }
    if (!isShown(parent)) return [];
    mark.clips ??= clippingAncestors(parent);
    let clip = view;
    for (const el of mark.clips) {
      let box = clipOf.get(el);
      if (box === undefined) clipOf.set(el, (box = paddingBoxOf(el)));
      if (box) clip = intersect(clip, box);
    }
    mark.text ??= measuring.toString();
    const out: Box[] = [];
    for (const r of measuring.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const box = look.style === 'underline' ? underlineOf(r) : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      const shown = intersect(box, clip);
      // An underline cut across is not drawn half; a background box is drawn where it is seen.
      if (shown.right <= shown.left || shown.bottom < shown.top || (look.style === 'underline' && shown.bottom !== box.bottom)) continue;
      if (look.style === 'background' && shown.bottom <= shown.top) continue;
      out.push(shown);
    }
    return out;
  }

  function draw(mark: Mark, boxes: Box[]): void {
    while (mark.boxes.length > boxes.length) mark.boxes.pop()!.remove();
    const kind = `${look.style === 'background' ? 'b' : 'u'}${mark.light ? ' l' : ''}`;
    boxes.forEach((box, i) => {
      let el = mark.boxes[i];
      if (!el) {
        el = doc.createElementNS(XHTML, 'i') as HTMLElement;
        layer.append(el);
        mark.boxes.push(el);
      }
      if (el.className !== kind) el.className = kind;
      const style = `left:${box.left}px;top:${box.top}px;width:${box.right - box.left}px;height:${box.bottom - box.top}px`;
      if (el.getAttribute('style') !== style) el.setAttribute('style', style);
      if (i === 0 && el.getAttribute('data-t') !== mark.text) el.setAttribute('data-t', mark.text ?? '');
    });
  }

  function sheetText(): string {
    // The page's custom properties inherit into the shadow root: the colours are written out, not referred to.
    return [
      'i { position: absolute; display: block; box-sizing: border-box; pointer-events: none; }',
      `i.u { border-bottom: 1.5px dotted ${look.colour}; }`,
      `i.u.l { border-bottom: 1px dotted ${look.light}; }`,
      'i.b { background-color: rgba(255, 214, 10, 0.35); mix-blend-mode: multiply; }',
      'i.b.l { background-color: rgba(255, 214, 10, 0.15); }',
    ].join('\n');
  }

  function sinkOf(light: boolean): RangeSink {
    return {
      add(range) {
        if (marks.size === 0 && attached) watchPage(true);
        marks.set(range, { range, light, boxes: [] });
        schedule();
      },
      delete(range) {
        const mark = marks.get(range);
        if (!mark) return;
        marks.delete(range);
        for (const el of mark.boxes) el.remove();
        if (marks.size === 0) watchPage(false);
      },
    };
  }

  const listen = (on: boolean) => {
    const captured = { capture: true, passive: true };
    if (on) {
      doc.addEventListener('scroll', schedule, captured);
      doc.addEventListener('load', pageChanged, captured);
      doc.addEventListener('pointermove', schedule, captured);
      doc.addEventListener('visibilitychange', schedule);
      doc.defaultView?.addEventListener('resize', schedule, { passive: true });
      doc.fonts?.addEventListener('loadingdone', pageChanged);
    } else {
      doc.removeEventListener('scroll', schedule, captured);
      doc.removeEventListener('load', pageChanged, captured);
      doc.removeEventListener('pointermove', schedule, captured);
      doc.removeEventListener('visibilitychange', schedule);
      doc.defaultView?.removeEventListener('resize', schedule);
      doc.fonts?.removeEventListener('loadingdone', pageChanged);
    }
  };

  return {
    /** Ranges of own terms: marked in the usual way. */
    sink: sinkOf(false),
    /** Ranges of own terms the reader knows, where known terms are marked lightly. */
    lightSink: sinkOf(true),
    /** Puts the host on the page (every page where TermLens is on, marks or not) and starts watching. */
    attach(): void {
      if (attached || !doc.documentElement) return;
      attached = true;
      sheet.textContent = sheetText();
      place();
      hostWatch.observe(host, { attributes: true });
      hostWatch.observe(doc.documentElement, { childList: true });
      if (marks.size > 0) watchPage(true);
      listen(true);
      schedule();
    },
    /** Takes the host off the page (TermLens switched off here, or the script invalidated). */
    detach(): void {
      if (!attached) return;
      attached = false;
      hostWatch.disconnect();
      pageWatch.disconnect();
      listen(false);
      for (const mark of marks.values()) for (const el of mark.boxes) el.remove();
      marks.clear();
      host.remove();
    },
    /** The style and colours marks are drawn in. */
    setLook(next: MarkLook): void {
      look = next;
      sheet.textContent = sheetText();
      schedule();
    },
    /** Draws again in the next frame (the highlight registry's check rides on it). */
    schedule,
  };
}
