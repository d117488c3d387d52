/** History of opened cards, local only: what was looked up, when, on which site. */
import Dexie from 'dexie';
import { MAX_HISTORY_SEQ } from './backup-records';
import type { ReaderDb } from './schema';
import type { HistoryRecord } from './types';

export interface MetTerm {
  termId: string;
  term: string;
  count: number;
  lastSeen: number;
  lastSite: string;
}

/**
 * Adds a visit with the next key. Once a key of 2^53 has been stored (a backup of an older version
 * could restore one) IndexedDB's key generator is spent for good, even after the store is cleared:
 * then the key is chosen here, one above the greatest below MAX_HISTORY_SEQ.
 */
export async function recordOpened(db: ReaderDb, record: Omit<HistoryRecord, 'seq'>): Promise<void> {
  try {
    await db.history.add({ ...record });
  } catch (error) {
    if (!(error instanceof Dexie.ConstraintError)) throw error;
    await db.transaction('rw', db.history, async () => {
      const last = await db.history.where('seq').below(MAX_HISTORY_SEQ).last();
      await db.history.add({ ...record, seq: (last?.seq ?? 0) + 1 });
    });
  }
}

/** One row per term opened: how often, and when and where last; most recent first. */
export async function metTerms(db: ReaderDb): Promise<MetTerm[]> {
  const byTerm = new Map<string, MetTerm>();
  await db.history.orderBy('at').each((h) => {
    const met = byTerm.get(h.termId);
    if (met) {
      met.count++;
      met.lastSeen = h.at;
      met.lastSite = h.site;
      met.term = h.term;
    } else byTerm.set(h.termId, { termId: h.termId, term: h.term, count: 1, lastSeen: h.at, lastSite: h.site });
  });
  return [...byTerm.values()].sort((a, b) => b.lastSeen - a.lastSeen);
}

export function clearHistory(db: ReaderDb): Promise<void> {
  return db.history.clear();
}
