/**
 * The database as it was before the last restore, kept so the reader can take the restore back. It
 * lives in a database of its own (same extension origin), so the reader's database schema and its
 * upgrades are untouched, and a restore that fails leaves the kept copy as it was.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { exportBackup, type Backup } from './backup';
import type { ReaderDb } from './schema';

export const SAFETY_DB_NAME = 'termlens-safety';

interface KeptBackup {
  name: 'before-restore';
  /** When it was taken (ms since the epoch). */
  at: number;
  backup: Backup;
}

type SafetyDb = Dexie & { backups: EntityTable<KeptBackup, 'name'> };

export function openSafetyDb(options?: DexieOptions): SafetyDb {
  const db = new Dexie(SAFETY_DB_NAME, options) as SafetyDb;
  db.version(1).stores({ backups: 'name' });
  return db;
}

/** Keeps the reader's database as it is now, replacing the copy kept before. */
export async function keepSafetyBackup(safety: SafetyDb, db: ReaderDb, now = Date.now()): Promise<void> {
  await safety.backups.put({ name: 'before-restore', at: now, backup: await exportBackup(db, new Date(now)) });
}

/** The kept copy, if any. */
export async function safetyBackup(safety: SafetyDb): Promise<{ at: number; backup: Backup } | undefined> {
  const kept = await safety.backups.get('before-restore');
  return kept && { at: kept.at, backup: kept.backup };
}
