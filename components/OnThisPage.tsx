import { headwordOf } from '../lib/glossary/lookup';
import type { DisplayScript } from '../lib/settings';
import { useMemo } from 'preact/hooks';
import { pageTermList } from '../lib/glossary/browse';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/browser/i18n';
import type { PageTerms } from '../lib/messages';

export interface OnThisPageProps {
  index: GlossaryIndex;
  /** The active tab's terms: undefined while asking, null where no content script runs. */
  terms: PageTerms | null | undefined;
  onOpenEntry: (id: string) => void;
  /** Scroll the tab to the term's next occurrence. */
  onReveal: (id: string) => void;
}

/** The terms of the active tab with their counts; a count scrolls the page to the next occurrence. */
/** `pageLang`: the interface language, followed where the page does not say which Chinese it is. */
export function OnThisPage({ index, terms, onOpenEntry, onReveal, script = 'page', pageLang }: OnThisPageProps & { script?: DisplayScript; pageLang?: string }) {
  const list = useMemo(() => (terms ? pageTermList(index.glossary, terms.counts) : []), [index, terms]);
  // Headwords follow the page's script where the page says it is Chinese (zh-Hant, zh-TW), else the interface's.
  const lang = terms?.lang && /^zh\b/i.test(terms.lang) ? terms.lang : pageLang;

  if (terms === undefined) return <p class="tl-muted" aria-busy="true" />;
  if (terms === null) return <p class="tl-muted">{t('pageUnavailable')}</p>;
  if (list.length === 0) return <p class="tl-muted">{t('noTermsOnPage')}</p>;
  return (
    <section aria-label={t('tabOnPage')}>
      <p class="tl-muted">{list.length === 1 ? t('oneTermOnPage') : t('termsOnPage', list.length)}</p>
      <ul class="tl-list" data-testid="page-terms">
        {list.map(({ term, count }) => (
          <li key={term.id}>
            <button type="button" class="tl-row" onClick={() => onOpenEntry(term.id)}>
              <span class="tl-row-term">{headwordOf(term, script, lang)}</span>
              <span class="tl-row-english">{term.english}</span>
            </button>
            <button
              type="button"
              class="tl-count"
              title={t('revealNext', headwordOf(term, script, lang))}
              aria-label={t('revealNext', headwordOf(term, script, lang))}
              onClick={() => onReveal(term.id)}
            >
              {t('occurrences', count)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
