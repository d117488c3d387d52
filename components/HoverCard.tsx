import type { GlossaryIndex } from '../lib/glossary/lookup';
import type { GlossaryTerm } from '../lib/glossary/types';
import { TermCard } from './TermCard';

export interface HoverCardProps {
  term: GlossaryTerm;
  index: GlossaryIndex;
  seenAs: string;
  onSelectTerm: (id: string) => void;
  onClose: () => void;
}

/** The card shown over a page: a labelled dialog around the shared TermCard. */
export function HoverCard({ term, index, seenAs, onSelectTerm, onClose }: HoverCardProps) {
  return (
    <div class="tl-hover" role="dialog" aria-label={`${seenAs} — TermLens`} aria-live="polite">
      <button type="button" class="tl-close" aria-label="关闭 Close" onClick={onClose}>
        ×
      </button>
      <TermCard term={term} index={index} seenAs={seenAs} onSelectTerm={onSelectTerm} />
    </div>
  );
}
