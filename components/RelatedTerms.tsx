import { t } from '../lib/browser/i18n';
import type { RelatedName } from '../lib/glossary/related-rank';

export interface RelatedTermsProps {
  related: readonly RelatedName[];
  /** Name each term by its Traditional spelling where it has one. */
  traditional: boolean;
  /** Called with a related term's id; without it the terms are listed but not clickable. */
  onSelectTerm?: (id: string) => void;
  /** Show at most this many (the list is most relevant first); the rest sit behind `onMore`. */
  limit?: number;
  /** Where the rest are listed (the full glossary entry); required for `limit` to apply. */
  onMore?: () => void;
}

/** A term's related terms as chips, capped on a small surface with a "+N more" that opens the rest. */
export function RelatedTerms({ related, traditional, onSelectTerm, limit, onMore }: RelatedTermsProps) {
  const shown = onMore && limit !== undefined ? related.slice(0, limit) : related;
  const rest = related.length - shown.length;
  return (
    <nav class="tl-related" aria-label={t('relatedTerms')}>
      {shown.map(({ id, term, termHant }) => {
        const name = traditional ? (termHant ?? term) : term;
        return onSelectTerm ? (
          <button type="button" key={id} lang={traditional ? 'zh-Hant' : 'zh-Hans'} onClick={() => onSelectTerm(id)}>
            {name}
          </button>
        ) : (
          <span key={id} lang={traditional ? 'zh-Hant' : 'zh-Hans'}>
            {name}
          </span>
        );
      })}
      {rest > 0 && onMore && (
        <button type="button" class="tl-related-more" aria-label={t('moreRelatedLabel', String(rest))} onClick={onMore}>
          {t('moreRelated', String(rest))}
        </button>
      )}
    </nav>
  );
}
