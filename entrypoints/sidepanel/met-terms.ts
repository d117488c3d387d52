/**
 * The side panel's "Met terms" data: history and statuses from the reader's database (extension
 * origin). Statuses are changed through the background, their one writer, which tells every tab.
 */
import type { MetTermsData } from '../../components/MetTerms';
import { clearHistory, metTerms } from '../../lib/db/history';
import { readerDb } from '../../lib/browser/reader-db';
import { send } from '../../lib/browser/messaging';

export const metTermsData: MetTermsData = {
  async load() {
    const db = readerDb();
    const [met, statuses] = await Promise.all([metTerms(db), db.statuses.toArray()]);
    return { met, statuses: Object.fromEntries(statuses.map((s) => [s.termId, s.status])) };
  },
  clear: () => clearHistory(readerDb()),
  async setStatus(termId, status) {
    if (!(await send({ type: 'set-term-status', id: termId, status }))) throw new Error(`status of ${termId} not saved`);
  },
};
