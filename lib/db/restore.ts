/**
 * Restoring a backup as the reader chooses: Merge (the default) adds what the backup has and the
 * database lacks, and takes a record from the backup only where the backup's copy is newer; Replace
 * makes the database the backup. A preview says what each would do before anything is written, and
 * the database as it was is kept aside first (safety-backup.ts), so either can be undone.
 */
import { exportBackup, restoreBackup, type Backup } from './backup';
import { listOwnTerms, putOwnTerms } from './own-term-shards';
import type { ReaderDb } from './schema';
import type { HistoryRecord } from './types';
import { OWN_TERMS_MAX } from '../limits';

export type RestoreMode = 'merge' | 'replace';

/** What a restore does to one list: records new to the database, records the backup's copy replaces, records that stay as they are, records removed. */
export interface ListChange {
  added: number;
  replaced: number;
  kept: number;
  removed: number;
}

export interface RestorePreview {
  merge: Record<'ownTerms' | 'notes' | 'statuses' | 'history', ListChange>;
  replace: Record<'ownTerms' | 'notes' | 'statuses' | 'history', ListChange>;
  /** Own terms the database would hold after each choice: past OWN_TERMS_MAX that choice is refused. */
  ownTermsAfter: Record<RestoreMode, number>;
}

/** A restore that would leave more own terms than every page can be given (OWN_TERMS_MAX): nothing is written. */
export class RestoreTooLarge extends Error {
  constructor(readonly ownTerms: number) {
    super(`${ownTerms} own terms after this restore; at most ${OWN_TERMS_MAX}`);
  }
}

interface Timed {
  updatedAt: number;
}

/** Keyed records: in Merge a backup record wins only when it is newer than the database's. */
function keyedChange<T extends Timed>(local: Map<string, T>, incoming: Map<string, T>, same: (a: T, b: T) => boolean): { merge: ListChange; replace: ListChange } {
  const merge: ListChange = { added: 0, replaced: 0, kept: 0, removed: 0 };
  const replace: ListChange = { added: 0, replaced: 0, kept: 0, removed: 0 };
  for (const [key, record] of incoming) {
    const mine = local.get(key);
    if (!mine) {
      merge.added++;
      replace.added++;
    } else if (same(mine, record)) {
      merge.kept++;
      replace.kept++;
    } else {
      if (record.updatedAt > mine.updatedAt) merge.replaced++;
      else merge.kept++;
      replace.replaced++;
    }
  }
  for (const key of local.keys()) {
    if (incoming.has(key)) continue;
    merge.kept++;
    replace.removed++;
  }
  return { merge, replace };
}

const historyKey = (h: HistoryRecord) => `${h.termId}\n${h.at}\n${h.site}`;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Two readings of the database and the backup, compared record by record; nothing is written. */
export async function previewRestore(db: ReaderDb, backup: Backup): Promise<RestorePreview> {
  const current = await exportBackup(db);
  const byKey = <T>(rows: T[], key: (row: T) => string) => new Map(rows.map((row) => [key(row), row]));
  const ownTerms = keyedChange(byKey(current.ownTerms, (t) => t.id), byKey(backup.ownTerms, (t) => t.id), sameJson);
  const notes = keyedChange(byKey(current.notes, (n) => n.termId), byKey(backup.notes, (n) => n.termId), sameJson);
  const statuses = keyedChange(byKey(current.statuses, (s) => s.termId), byKey(backup.statuses, (s) => s.termId), sameJson);
  const had = new Set(current.history.map(historyKey));
  const incoming = new Set(backup.history.map(historyKey));
  const newVisits = [...incoming].filter((k) => !had.has(k)).length;
  const history = {
    merge: { added: newVisits, replaced: 0, kept: current.history.length, removed: 0 },
    replace: { added: newVisits, replaced: 0, kept: incoming.size - newVisits, removed: current.history.filter((h) => !incoming.has(historyKey(h))).length },
  };
  return {
    merge: { ownTerms: ownTerms.merge, notes: notes.merge, statuses: statuses.merge, history: history.merge },
    replace: { ownTerms: ownTerms.replace, notes: notes.replace, statuses: statuses.replace, history: history.replace },
    ownTermsAfter: { merge: current.ownTerms.length + ownTerms.merge.added, replace: backup.ownTerms.length },
  };
}

/** Merge in one transaction: new records added, a record replaced only by a newer copy, history visits added once. */
async function mergeBackup(db: ReaderDb, backup: Backup): Promise<void> {
  await db.transaction('rw', [db.ownTermShards, db.notes, db.statuses, db.history], async () => {
    const mine = new Map((await listOwnTerms(db)).map((t) => [t.id, t]));
    await putOwnTerms(db, backup.ownTerms.filter((t) => (mine.get(t.id)?.updatedAt ?? -1) < t.updatedAt));
    const notes = new Map((await db.notes.toArray()).map((n) => [n.termId, n]));
    await db.notes.bulkPut(backup.notes.filter((n) => (notes.get(n.termId)?.updatedAt ?? -1) < n.updatedAt));
    const statuses = new Map((await db.statuses.toArray()).map((s) => [s.termId, s]));
    await db.statuses.bulkPut(backup.statuses.filter((s) => (statuses.get(s.termId)?.updatedAt ?? -1) < s.updatedAt));
    const mineVisits = await db.history.toArray();
    const visits = new Set(mineVisits.map(historyKey));
    const keys = new Set(mineVisits.map((h) => h.seq));
    // A merged visit keeps its key where this database has not used it; else it gets a new one.
    await db.history.bulkAdd(backup.history.filter((h) => !visits.has(historyKey(h))).map(({ seq, ...visit }) => (seq === undefined || keys.has(seq) ? visit : { seq, ...visit })));
  });
}

export async function applyRestore(db: ReaderDb, backup: Backup, mode: RestoreMode): Promise<void> {
  const after = mode === 'replace' ? backup.ownTerms.length : new Set([...(await listOwnTerms(db)).map((t) => t.id), ...backup.ownTerms.map((t) => t.id)]).size;
  if (after > OWN_TERMS_MAX) throw new RestoreTooLarge(after);
  if (mode === 'replace') await restoreBackup(db, backup);
  else await mergeBackup(db, backup);
}
