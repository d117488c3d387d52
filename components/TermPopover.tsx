import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cardPosition } from '../lib/dom/placement';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { HIDE_GRACE_MS } from '../lib/limits';
import { t } from '../lib/browser/i18n';
import { cardEntryOf } from './card-entry';
import { TermCard } from './TermCard';


export interface PopoverState {
  id: string;
  anchor: HTMLElement;
}

/** The hover card inside our own pages (Sources, Reader): a TermCard beside a marked term. */
export function TermPopover({
  index,
  state,
  onClose,
  onOpenEntry,
  onKeep,
  onLeave,
}: {
  index: GlossaryIndex;
  state: PopoverState | undefined;
  onClose: () => void;
  onOpenEntry: (id: string) => void;
  onKeep: () => void;
  onLeave: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const term = state && index.term(state.id);

  useLayoutEffect(() => {
    if (!state || !box.current) return;
    setPosition(cardPosition(state.anchor.getBoundingClientRect(), box.current.getBoundingClientRect(), { width: innerWidth, height: innerHeight }, 6));
  }, [state]);

  useEffect(() => {
    if (!state) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [state, onClose]);

  if (!state || !term) return null;
  return (
    <div
      ref={box}
      class="tl-popover"
      role="dialog"
      aria-label={term.term}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onMouseEnter={onKeep}
      onMouseLeave={onLeave}
    >
      <TermCard entry={cardEntryOf(index, term)} seenAs={state.anchor.textContent ?? undefined} onSelectTerm={onOpenEntry} />
      <button type="button" class="tl-link" onClick={() => onOpenEntry(term.id)}>
        {t('openInSidebar')}
      </button>
    </div>
  );
}

/** Popover state with a grace period on leave, shared by the views that mark terms. */
export function usePopover() {
  const [state, setState] = useState<PopoverState>();
  const timer = useRef<number | undefined>(undefined);
  return {
    state,
    show(id: string, anchor: HTMLElement) {
      clearTimeout(timer.current);
      setState({ id, anchor });
    },
    hideSoon() {
      clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setState(undefined), HIDE_GRACE_MS);
    },
    keep() {
      clearTimeout(timer.current);
    },
    hide() {
      clearTimeout(timer.current);
      setState(undefined);
    },
  };
}
