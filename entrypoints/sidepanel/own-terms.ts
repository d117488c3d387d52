/** The side panel's "Your terms": own terms by their spelling (the first PAGE_ROWS that start with the filter), statuses through the background. */
import type { OwnTermsData } from '../../components/OwnTermsList';
import { readerDb } from '../../lib/browser/reader-db';
import { listOwnTerms } from '../../lib/db/own-terms';
import { send } from '../../lib/browser/messaging';

/** Rows shown at once: a screenful or two; the filter finds the rest. */
const PAGE_ROWS = 50;

export const ownTermsData: OwnTermsData = {
  async load(prefix) {
    const db = readerDb();
    // Own terms live in shards (lib/db/own-term-shards.ts), read whole: 256 requests however many terms.
    const rows = (await listOwnTerms(db))
      .filter((r) => r.term.startsWith(prefix))
      .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, PAGE_ROWS);
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
