import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createHoverIntent, zoneOf, type Point } from '../lib/dom/hover-intent';
import { cardPlacement, type Placement } from '../lib/dom/placement';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { CARD_CLOSE_DELAY_MS, CARD_MARGIN_PX, CARD_MIN_HEIGHT_PX, CORRIDOR_REST_MS, HOVER_SLACK_PX, POPOVER_HOVER_DELAY_MS } from '../lib/limits';
import { t } from '../lib/browser/i18n';
import { cardEntryOf } from './card-entry';
import { TermCard } from './TermCard';

export interface PopoverState {
  id: string;
  anchor: HTMLElement;
}

type Popover = ReturnType<typeof usePopover>;

/** The hover card inside our own pages (Sources, Reader): a TermCard beside a marked term. */
export function TermPopover({ index, popover, onOpenEntry }: { index: GlossaryIndex; popover: Popover; onOpenEntry: (id: string) => void }) {
  const { state } = popover;
  const [placement, setPlacement] = useState<Placement>({ top: 0, left: 0, side: 'below' });
  const term = state && index.term(state.id);

  useLayoutEffect(() => {
    const box = popover.box.current;
    if (!state || !box) return;
    box.style.maxHeight = '';
    setPlacement(
      cardPlacement({
        term: state.anchor.getBoundingClientRect(),
        card: { width: box.offsetWidth, height: box.scrollHeight },
        viewport: { width: innerWidth, height: innerHeight },
        margin: CARD_MARGIN_PX,
        minHeight: CARD_MIN_HEIGHT_PX,
      }),
    );
  }, [state]);

  useEffect(() => {
    if (!state) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && popover.hide();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [state]);

  if (!state || !term) return null;
  return (
    <div
      ref={popover.box}
      class="tl-popover"
      role="dialog"
      aria-label={term.term}
      style={{ top: `${placement.top}px`, left: `${placement.left}px`, ...(placement.maxHeight !== undefined ? { maxHeight: `${placement.maxHeight}px` } : {}) }}
      onWheel={keepWheelInside}
    >
      <TermCard entry={cardEntryOf(index, term)} seenAs={state.anchor.textContent ?? undefined} onSelectTerm={onOpenEntry} />
      <button type="button" class="tl-link" onClick={() => onOpenEntry(term.id)}>
        {t('openInSidebar')}
      </button>
    </div>
  );
}

/** Wheel inside the popover scrolls it; at its end the view behind does not move. */
function keepWheelInside(e: WheelEvent): void {
  const box = e.currentTarget as HTMLElement;
  const room = e.deltaY > 0 ? box.scrollHeight - box.clientHeight - box.scrollTop : box.scrollTop;
  if (e.deltaY !== 0 && room <= 0.5) e.preventDefault();
}

/**
 * Popover state with hover intent (the same rules as the card over pages): it stays while the
 * pointer is on the term, on the popover or on its way between them, and closes a short delay
 * after the pointer settles elsewhere. A term under the pointer opens only once the pointer has
 * stayed on it for POPOVER_HOVER_DELAY_MS outside that corridor: a path that dips over a
 * neighbouring term on its way to the popover does not switch it.
 */
export function usePopover() {
  const [state, setState] = useState<PopoverState>();
  const intent = useMemo(() => createHoverIntent({ closeDelayMs: CARD_CLOSE_DELAY_MS, corridorRestMs: CORRIDOR_REST_MS }), []);
  const closeTimer = useRef<number | undefined>(undefined);
  const pending = useRef<{ anchor: HTMLElement; timer: number } | undefined>(undefined);
  /** The term the pointer rested on when a rest closed the popover: it opens only once the pointer has left it. */
  const quiet = useRef<HTMLElement | null>(null);
  const under = useRef<HTMLElement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const current = useRef<PopoverState | undefined>(undefined);
  current.current = state;

  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
  };
  const hide = () => {
    clearTimeout(closeTimer.current);
    cancelPending();
    setState(undefined);
  };
  const open = (id: string, anchor: HTMLElement, point?: Point) => {
    clearTimeout(closeTimer.current);
    cancelPending();
    intent.opened(point);
    setState({ id, anchor });
  };
  /** The pointer settled away from the popover: a hand's tremor on a term it rested on is still resting. */
  const restClose = () => {
    quiet.current = under.current;
    hide();
  };
  /** Opens `anchor`'s term once the pointer has stayed on it for the hover delay. */
  const openSoon = (id: string, anchor: HTMLElement, point: Point) => {
    if (pending.current?.anchor === anchor || quiet.current === anchor) return;
    cancelPending();
    pending.current = { anchor, timer: window.setTimeout(() => open(id, anchor, point), POPOVER_HOVER_DELAY_MS) };
  };
  /** Where the pointer is relative to the open popover, its term and the corridor between them. */
  const zoneNow = (open_: PopoverState, point: Point) =>
    zoneOf({ point, term: [...open_.anchor.getClientRects()], card: box.current?.getBoundingClientRect(), apex: intent.apex, slack: HOVER_SLACK_PX });

  useEffect(() => {
    const onMove = (e: PointerEvent) => {
      if (!e.isTrusted || e.pointerType === 'touch') return;
      const point = { x: e.clientX, y: e.clientY };
      const term = e.target instanceof Element ? e.target.closest<HTMLElement>('.tl-term[data-term]') : null;
      under.current = term;
      if (term !== quiet.current) quiet.current = null;
      const open_ = current.current;
      const zone = open_ ? zoneNow(open_, point) : 'outside';
      if (open_) {
        const due = intent.moved(zone, point, performance.now());
        clearTimeout(closeTimer.current);
        if (due !== undefined) closeTimer.current = window.setTimeout(restClose, due - performance.now());
      }
      // Back on the way to the popover, or off the term that was about to open: that open is off.
      if (zone !== 'outside' || pending.current?.anchor !== term) cancelPending();
      if (zone === 'outside' && term && term !== open_?.anchor) openSoon(term.dataset.term!, term, point);
    };
    addEventListener('pointermove', onMove, { passive: true });
    return () => {
      removeEventListener('pointermove', onMove);
      clearTimeout(closeTimer.current);
      cancelPending();
    };
  }, []);

  return {
    state,
    box,
    /**
     * Opens for a term: from the pointer (a point on the term) after the hover delay, and not while
     * the pointer travels to an open popover; from focus or a click at once.
     */
    show(id: string, anchor: HTMLElement, point?: Point) {
      const open_ = current.current;
      if (!point) return open(id, anchor);
      if (open_?.anchor === anchor) return;
      if (open_ && box.current && !intent.mayOpenOther(zoneNow(open_, point))) return;
      openSoon(id, anchor, point);
    },
    hide,
  };
}
