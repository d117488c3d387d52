/**
 * Writes an import plan in one transaction: every record or none. A failure part-way (a quota
 * error, a closed database) or a cancel aborts the transaction, and IndexedDB rolls it back.
 */
import Dexie from 'dexie';
import { IMPORT_SHARDS_PER_STEP } from '../limits';
import { putOwnTerms } from './own-term-shards';
import type { ReaderDb } from './schema';
import type { OwnTerm } from './types';
import { reason, type ImportReason } from '../import/types';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled: nothing was written');
    this.name = 'ImportCancelled';
  }
}

export interface WriteOptions {
  onProgress?: (written: number, total: number) => void;
  /** Checked between chunks; true aborts the transaction. */
  cancelled?: () => boolean;
  /** Shards written per step (IMPORT_SHARDS_PER_STEP unless a test wants smaller steps). */
  shardsPerStep?: number;
}

export async function writeImport(db: ReaderDb, records: OwnTerm[], options: WriteOptions = {}): Promise<void> {
  await db.transaction('rw', db.ownTermShards, () =>
    putOwnTerms(db, records, { ...options, shardsPerStep: options.shardsPerStep ?? IMPORT_SHARDS_PER_STEP, cancelError: () => new ImportCancelled() }),
  );
}

/** What the reader is told about an error from a write (a message key of the interface). */
export function writeErrorReason(error: unknown): ImportReason {
  if (error instanceof ImportCancelled) return reason('importReasonCancelled');
  const name = (error as { name?: string } | undefined)?.name;
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name;
  if (name === Dexie.errnames.QuotaExceeded || inner === 'QuotaExceededError' || name === 'QuotaExceededError') return reason('importReasonQuota');
  return reason('importReasonWriteFailed', (error as Error | undefined)?.message ?? String(error));
}
