/** A status per term (bundled or own): new, learning, known, ignored. */
import type { ReaderDb } from './schema';
import type { TermStatus } from '../term-status';

export async function setStatus(db: ReaderDb, termId: string, status: TermStatus, now = Date.now()): Promise<void> {
  // "new" is every term's starting point: it is the absence of a record, so the table holds only choices.
  if (status === 'new') await db.statuses.delete(termId);
  else await db.statuses.put({ termId, status, updatedAt: now });
}

export async function statusOf(db: ReaderDb, termId: string): Promise<TermStatus> {
  return (await db.statuses.get(termId))?.status ?? 'new';
}

/** Ids of the terms with `status`. */
export async function idsWithStatus(db: ReaderDb, status: TermStatus): Promise<string[]> {
  return (await db.statuses.where('status').equals(status).primaryKeys()) as string[];
}
