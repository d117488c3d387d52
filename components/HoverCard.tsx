import { useEffect, useRef } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import type { GlossaryTerm } from '../lib/glossary/types';
import { t } from '../lib/browser/i18n';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import { TermCard } from './TermCard';

export interface HoverCardProps {
  term: GlossaryTerm;
  index: GlossaryIndex;
  seenAs: string;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  pageLang?: string;
  onSelectTerm: (id: string) => void;
  onClose: () => void;
  /** Opens the full entry in the glossary sidebar. */
  onOpenEntry: (id: string) => void;
  /** Opened from the keyboard: focus moves into the card so it is read out and Tab reaches its links. */
  takeFocus?: boolean;
}

/** The card shown over a page: a labelled dialog around the shared TermCard. */
export function HoverCard({ term, index, seenAs, languages, script, pageLang, onSelectTerm, onClose, onOpenEntry, takeFocus = false }: HoverCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [takeFocus, term.id]);
  return (
    <div class="tl-hover" role="dialog" aria-label={`${seenAs || term.term} — TermLens`} tabIndex={-1} ref={dialog}>
      <button type="button" class="tl-close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
      <TermCard term={term} index={index} seenAs={seenAs || undefined} languages={languages} script={script} pageLang={pageLang} onSelectTerm={onSelectTerm} />
      <button type="button" class="tl-open-entry" onClick={() => onOpenEntry(term.id)}>
        {t('openInSidebar')} →
      </button>
    </div>
  );
}
