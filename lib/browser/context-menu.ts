/**
 * The context menu of a selection: "Look up with TermLens" (the click is passed to the frame the
 * selection is in, which looks it up exactly as Alt+L does; a glossary term there still wins) and
 * "Add to TermLens" (the side panel's add form, with the selection and where it was met).
 * Chrome calls the API contextMenus, Firefox menus (contextMenus is its alias there).
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from './i18n';
import type { TabRequest } from '../messages';
import { draftOfMenuClick, openAddForm } from './add-from-page';

export const LOOKUP_MENU_ID = 'termlens-lookup';
export const ADD_MENU_ID = 'termlens-add';

type Menus = typeof browser.contextMenus;

export function setUpContextMenu(): void {
  const menus: Menus | undefined = browser.contextMenus ?? (browser as unknown as { menus?: Menus }).menus;
  if (!menus) return;
  // Made afresh on every background start: removeAll first, so a restarted worker adds no duplicate.
  void menus.removeAll().then(() => {
    menus.create({ id: LOOKUP_MENU_ID, title: t('lookUpMenu'), contexts: ['selection'] });
    menus.create({ id: ADD_MENU_ID, title: t('addMenu'), contexts: ['selection'] });
  });
  menus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === ADD_MENU_ID) {
      void openAddForm(tab, draftOfMenuClick(info, tab)).catch((error) => console.error('TermLens: add form', error));
      return;
    }
    if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined) return;
    const request: TabRequest = { type: 'lookup-selection' };
    browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 }).catch(() => {
      /* a page no content script runs in (a store page, a PDF): nothing to show there */
    });
  });
}
