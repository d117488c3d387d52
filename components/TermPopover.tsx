import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import { TermCard } from './TermCard';

/** How long the pointer may travel from a term to its card before the card closes. */
const HIDE_GRACE_MS = 200;

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
    const a = state.anchor.getBoundingClientRect();
    const card = box.current.getBoundingClientRect();
    const below = a.bottom + 6;
    const top = below + card.height <= innerHeight || a.top - 6 - card.height < 0 ? below : a.top - 6 - card.height;
    setPosition({ top: Math.max(4, top), left: Math.max(4, Math.min(a.left, innerWidth - card.width - 4)) });
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
      <TermCard term={term} index={index} seenAs={state.anchor.textContent ?? undefined} onSelectTerm={onOpenEntry} />
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
