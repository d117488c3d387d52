/** The side panel's "Your terms": own terms by their spelling (an index, so 100,000 cost no more than 50), statuses through the background. */
import type { OwnTermsData } from '../../components/OwnTermsList';
import { readerDb } from '../../lib/browser/reader-db';
import { send } from '../../lib/browser/messaging';

/** Rows shown at once: a screenful or two; the filter finds the rest. */
const PAGE_ROWS = 50;

export const ownTermsData: OwnTermsData = {
  async load(prefix) {
    const db = readerDb();
    const rows = await (prefix ? db.ownTerms.where('term').startsWith(prefix) : db.ownTerms.orderBy('term')).limit(PAGE_ROWS).toArray();
    const statuses = await db.statuses.bulkGet(rows.map((r) => r.id));
    return {
      terms: rows.map((r) => ({ id: r.id, term: r.term })),
      statuses: Object.fromEntries(statuses.flatMap((s) => (s ? [[s.termId, s.status]] : []))),
    };
  },
  async setStatus(termId, status) {
    if (!(await send({ type: 'set-term-status', id: termId, status }))) throw new Error(`status of ${termId} not saved`);
  },
};
