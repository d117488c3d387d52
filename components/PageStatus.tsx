import type { PageTerms } from '../lib/messages';
import { t } from '../lib/browser/i18n';

export interface PageStatusProps {
  /** undefined while asking; null where no content script runs. */
  terms: PageTerms | null | undefined;
  onToggleSite: (on: boolean) => void;
  onShowInSidebar: () => void;
}

/** The popup's line about the current tab: how many glossary terms it holds, and the site switch. */
export function PageStatus({ terms, onToggleSite, onShowInSidebar }: PageStatusProps) {
  if (terms === undefined) return <p class="tl-status" aria-busy="true" />;
  if (terms === null) return <p class="tl-status tl-muted">{t('pageUnavailable')}</p>;
  const distinct = terms.counts.length;
  return (
    <div class="tl-status">
      {terms.active && (
        <p>
          {distinct === 0 ? t('noTermsOnPage') : distinct === 1 ? t('oneTermOnPage') : t('termsOnPage', distinct)}
          {distinct > 0 && (
            <>
              {' · '}
              <button type="button" class="tl-link" onClick={onShowInSidebar}>
                {t('showInSidebar')}
              </button>
            </>
          )}
        </p>
      )}
      {terms.site && (
        <label class="tl-switch">
          <input type="checkbox" role="switch" checked={terms.active} onChange={(e) => onToggleSite(e.currentTarget.checked)} />
          {t('siteSwitch', terms.site)}
        </label>
      )}
    </div>
  );
}
