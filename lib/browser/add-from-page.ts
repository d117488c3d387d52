/**
 * "Add to TermLens" from a page: the context menu on a selection, the keyboard command, and a
 * card's "Add to my glossary". The side panel (Chrome) or sidebar (Firefox) is opened first, inside
 * the reader's gesture as both browsers require; then the term and where it was met are read from
 * the page at that moment (the frame's content script: selection, sentence, title, address) and
 * handed to the panel's form. Where the panel cannot open, the same form opens in a small window.
 */
import { browser, type Browser, type PublicPath } from 'wxt/browser';
import type { AddDraft } from '../add-draft';
import { parseAddDraft } from '../add-draft';
import type { TabRequest } from '../messages';
import { OPEN_ENTRY_TABS_PER_MINUTE } from '../limits';
import { createRateLimit } from '../rate-limit';
import { requestAddTerm } from './add-term-request';
import { openSidebar } from './tabs';

/** The fallback window's size: the side panel's usual width, tall enough for the whole form. */
const WINDOW = { width: 420, height: 720 } as const;
/** Windows opened where the panel cannot open: a few per minute, as for "Open in the glossary" tabs. */
const windows = createRateLimit(OPEN_ENTRY_TABS_PER_MINUTE, 60_000);

/** Opens the add form for `draft` (or, when it is only coming, for what `draft` resolves to). */
export async function openAddForm(tab: Browser.tabs.Tab | undefined, draft: AddDraft | Promise<AddDraft | undefined>): Promise<boolean> {
  // Called before any await: the browser still counts the reader's click or key as the gesture.
  const opening = openSidebar({ tabId: tab?.id, windowId: tab?.windowId });
  requestAddTerm(await draft);
  if (await opening) return true;
  if (!windows.allow(Date.now())) return false;
  await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html#add' as PublicPath), type: 'popup', ...WINDOW });
  return true;
}

/**
 * The selection of a tab and where it is, asked of one frame (the menu knows which) or of all
 * (the command does not: only the frame holding a selection answers).
 */
export async function captureSelection(tabId: number, frameId?: number): Promise<AddDraft | undefined> {
  // Asked of every frame, only the one the reader is in answers: a hidden frame's scripted selection must not.
  const request: TabRequest = frameId === undefined ? { type: 'capture-selection', focusedFrame: true } : { type: 'capture-selection' };
  try {
    const reply = await browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId });
    return parseAddDraft(reply);
  } catch {
    return undefined; // no content script there (a store page, a PDF viewer) or no selection in any frame
  }
}

/** The menu gives the selected text itself: the fallback where the page cannot be asked. */
export function draftOfMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<AddDraft | undefined> {
  const fromMenu = parseAddDraft({ term: info.selectionText ?? '', met: { title: tab?.title, url: info.frameUrl ?? info.pageUrl } });
  if (tab?.id === undefined) return Promise.resolve(fromMenu);
  return captureSelection(tab.id, info.frameId ?? 0).then((captured) => captured ?? fromMenu);
}
