/**
 * The sidebar following the active tab: subscribes to its top frame's term counts through a port,
 * and moves to the new tab when the reader switches tabs or the page navigates.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { PAGE_TERMS_PORT, parsePageTerms, type PageTerms } from '../messages';
import { activeTab } from './tabs';

export function useActivePageTerms(): { tabId: number | undefined; terms: PageTerms | null | undefined } {
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
        // Read, so Chrome does not log "Unchecked runtime.lastError" for a tab without our script.
        void ((next as { error?: unknown }).error ?? browser.runtime.lastError);
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

