/** The side panel's tabs, in order, with the interface string that names each (README lists them too). */
import type { MessageKey } from '../lib/browser/i18n';

export type SidebarTab = 'page' | 'glossary' | 'sources' | 'reader' | 'met' | 'add';

export const SIDEBAR_TABS: readonly { id: SidebarTab; labelKey: MessageKey }[] = [
  { id: 'page', labelKey: 'tabOnPage' },
  { id: 'glossary', labelKey: 'tabGlossary' },
  { id: 'sources', labelKey: 'tabSources' },
  { id: 'reader', labelKey: 'tabReader' },
  { id: 'met', labelKey: 'tabMet' },
  { id: 'add', labelKey: 'tabAdd' },
];
