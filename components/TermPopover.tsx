import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createHoverIntent, zoneOf, type Point } from '../lib/dom/hover-intent';
import { cardPlacement, type Placement } from '../lib/dom/placement';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { CARD_CLOSE_DELAY_MS, CARD_MARGIN_PX, CARD_MIN_HEIGHT_PX, CORRIDOR_REST_MS, HOVER_SLACK_PX } from '../lib/limits';
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
 * after the pointer settles elsewhere.
 */
export function usePopover() {
  const [state, setState] = useState<PopoverState>();
  const intent = useMemo(() => createHoverIntent({ closeDelayMs: CARD_CLOSE_DELAY_MS, corridorRestMs: CORRIDOR_REST_MS }), []);
  const timer = useRef<number | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  const current = useRef<PopoverState | undefined>(undefined);
  current.current = state;

  const hide = () => {
    clearTimeout(timer.current);
    setState(undefined);
  };
  const open = (id: string, anchor: HTMLElement, point?: Point) => {
    clearTimeout(timer.current);
    intent.opened(point);
    setState({ id, anchor });
  };

  useEffect(() => {
    if (!state) return;
    const onMove = (e: PointerEvent) => {
      if (!e.isTrusted || e.pointerType === 'touch') return;
      const point = { x: e.clientX, y: e.clientY };
      const zone = zoneOf({ point, term: [...state.anchor.getClientRects()], card: box.current?.getBoundingClientRect(), apex: intent.apex, slack: HOVER_SLACK_PX });
      const due = intent.moved(zone, point, performance.now());
      clearTimeout(timer.current);
      if (due !== undefined) timer.current = window.setTimeout(hide, due - performance.now());
      // Outside the corridor, another marked term under the pointer takes over.
      const other = zone === 'outside' && e.target instanceof Element ? e.target.closest<HTMLElement>('.tl-term[data-term]') : null;
      if (other && other !== state.anchor) open(other.dataset.term!, other, point);
    };
    addEventListener('pointermove', onMove, { passive: true });
    return () => removeEventListener('pointermove', onMove);
  }, [state]);

  return {
    state,
    box,
    /** Opens for a term: from the pointer (a point on the term), focus or a click. Ignored while the pointer travels to an open popover. */
    show(id: string, anchor: HTMLElement, point?: Point) {
      const open_ = current.current;
      if (open_ && point && open_.anchor !== anchor && box.current) {
        const zone = zoneOf({ point, term: [...open_.anchor.getClientRects()], card: box.current.getBoundingClientRect(), apex: intent.apex, slack: HOVER_SLACK_PX });
        if (!intent.mayOpenOther(zone)) return;
      }
      open(id, anchor, point);
    },
    hide,
  };
}
