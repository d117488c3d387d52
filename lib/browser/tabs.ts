/** Extension pages (popup, sidebar) talking to the active tab's content script, and opening the sidebar. */
import { browser } from 'wxt/browser';
import { parsePageTerms, type PageTerms } from '../messages';
import { sendToTab } from './messaging';

export async function activeTab(): Promise<{ id: number; windowId: number } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, windowId: tab.windowId } : undefined;
}

/** The terms on a tab's page, or undefined where no content script runs (browser pages, stores, PDFs). */
export async function pageTermsOf(tabId: number): Promise<PageTerms | undefined> {
  try {
    return parsePageTerms(await sendToTab(tabId, { type: 'page-terms' }));
  } catch {
    return undefined;
  }
}

export async function revealTerm(tabId: number, id: string): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'reveal-term', id })) === true;
  } catch {
    return false;
  }
}

interface SidebarApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the sidebar (Firefox) or side panel (Chrome). Both browsers only allow it in response to a
 * user action, so call it straight from a click handler. Returns false where it was refused.
 */
export async function openSidebar(target: { windowId?: number; tabId?: number }): Promise<boolean> {
  const apis = browser as unknown as SidebarApis;
  try {
    if (apis.sidebarAction) await apis.sidebarAction.open();
    else if (apis.sidePanel) await apis.sidePanel.open(target);
    else return false;
    return true;
  } catch {
    return false;
  }
}
