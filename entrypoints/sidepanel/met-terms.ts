/**
 * The side panel's "Met terms" data: history and statuses from the reader's database (extension
 * origin). "Ignored" is one mechanism with the card's "Don't mark this term": it is the settings list
 * `unmarkedTerms`, which every content script applies live; the database keeps the other statuses.
 */
import type { MetTermsData } from '../../components/MetTerms';
import { clearHistory, metTerms } from '../../lib/db/history';
import { setStatus } from '../../lib/db/statuses';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { loadSettings, saveSettings } from '../../lib/browser/settings-store';

export const metTermsData: MetTermsData = {
  async load() {
    const db = readerDb();
    const [met, statuses, settings] = await Promise.all([metTerms(db), db.statuses.toArray(), loadSettings()]);
    const byId = Object.fromEntries(statuses.map((s) => [s.termId, s.status]));
    for (const id of settings.unmarkedTerms) byId[id] = 'ignored';
    return { met, statuses: byId };
  },
  clear: () => clearHistory(readerDb()),
  async setStatus(termId, status) {
    const settings = await loadSettings();
    const unmarked = settings.unmarkedTerms.filter((id) => id !== termId);
    await saveSettings({ ...settings, unmarkedTerms: status === 'ignored' ? [...unmarked, termId] : unmarked });
    await setStatus(readerDb(), termId, status === 'ignored' ? 'new' : status);
    // Known terms leave every tab's marks when the reader chose so: the matcher is rebuilt.
    await announceReaderDataChanged();
  },
};
