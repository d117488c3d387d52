/** The side panel's "Met terms" data: history and statuses from the reader's database (extension origin). */
import type { MetTermsData } from '../../components/MetTerms';
import { clearHistory, metTerms } from '../../lib/db/history';
import { setStatus } from '../../lib/db/statuses';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';

export const metTermsData: MetTermsData = {
  async load() {
    const db = readerDb();
    const [met, statuses] = await Promise.all([metTerms(db), db.statuses.toArray()]);
    return { met, statuses: Object.fromEntries(statuses.map((s) => [s.termId, s.status])) };
  },
  clear: () => clearHistory(readerDb()),
  async setStatus(termId, status) {
    await setStatus(readerDb(), termId, status);
    // Ignored (and, with the option, known) terms leave every tab's marks: the matcher is rebuilt.
    await announceReaderDataChanged();
  },
};
