import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { pageTermList } from '../lib/glossary/browse';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import { t } from '../lib/i18n';
import { parsePageTerms, type PageTerms } from '../lib/messages';
import { activeTab, revealTerm } from '../lib/tabs';

/** The port name the content script listens on (entrypoints/content/page-terms.ts). */
const PAGE_TERMS_PORT = 'termlens-page-terms';

/**
 * Follows the active tab: subscribes to its top frame's term counts through a port, and moves
 * to the new tab when the reader switches tabs or the page navigates.
 */
function useActivePageTerms(): { tabId: number | undefined; terms: PageTerms | null | undefined } {
  const [tabId, setTabId] = useState<number>();
  const [terms, setTerms] = useState<PageTerms | null>();

  useEffect(() => {
    let port: Browser.runtime.Port | undefined;
    let retry: number | undefined;
    let current: number | undefined;

    const connect = (id: number, attempt = 0) => {
      port?.disconnect();
      clearTimeout(retry);
      const next = browser.tabs.connect(id, { name: PAGE_TERMS_PORT, frameId: 0 });
      port = next;
      let heard = false;
      next.onMessage.addListener((message: unknown) => {
        heard = true;
        setTerms(parsePageTerms(message) ?? null);
      });
      next.onDisconnect.addListener(() => {
        if (port !== next) return;
        port = undefined;
        // A page that is still loading has no content script yet; a browser page never will.
        if (attempt < 5) retry = window.setTimeout(() => connect(id, attempt + 1), 400 * (attempt + 1));
        else if (!heard) setTerms(null);
      });
    };
    const follow = async () => {
      const tab = await activeTab();
      current = tab?.id;
      setTabId(current);
      setTerms(undefined);
      if (current === undefined) setTerms(null);
      else connect(current);
    };
    const onActivated = () => void follow();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === current && change.status === 'complete') connect(id);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void follow();
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);

  return { tabId, terms };
}

export function OnThisPage({ index, onOpenEntry }: { index: GlossaryIndex; onOpenEntry: (id: string) => void }) {
  const { tabId, terms } = useActivePageTerms();
  const list = useMemo(() => (terms ? pageTermList(index.glossary, terms.counts) : []), [index, terms]);

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
              <span class="tl-row-term">{term.term}</span>
              <span class="tl-row-english">{term.english}</span>
            </button>
            <button
              type="button"
              class="tl-count"
              title={t('revealNext', term.term)}
              aria-label={t('revealNext', term.term)}
              onClick={() => tabId !== undefined && void revealTerm(tabId, term.id)}
            >
              {t('occurrences', count)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
