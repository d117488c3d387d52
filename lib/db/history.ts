/** History of opened cards, local only: what was looked up, when, on which site. */
import type { ReaderDb } from './schema';
import type { HistoryRecord } from './types';

export interface MetTerm {
  termId: string;
  term: string;
  count: number;
  lastSeen: number;
  lastSite: string;
}

export async function recordOpened(db: ReaderDb, record: Omit<HistoryRecord, 'seq'>): Promise<void> {
  await db.history.add({ ...record });
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
