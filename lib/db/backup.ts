/**
 * A full backup of the reader's database as JSON, its check, and its restore. Restore is one
 * transaction: a backup that fails the check, or a write that fails, leaves the database as it was.
 */
import type { ReaderDb } from './schema';
import { DB_VERSION } from './schema';
import { listOwnTerms, putOwnTerms } from './own-term-shards';
import { usableRecords, type BackupTable, type DroppedRecord } from './backup-records';
import type { HistoryRecord, OwnTerm, StatusRecord, TermNote } from './types';

export const BACKUP_FORMAT = 'termlens-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The database version the records are shaped for. */
  version: number;
  exportedAt: string;
  ownTerms: OwnTerm[];
  notes: TermNote[];
  statuses: StatusRecord[];
  history: HistoryRecord[];
}

export async function exportBackup(db: ReaderDb, now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.ownTermShards, db.notes, db.statuses, db.history], async () => ({
    format: BACKUP_FORMAT,
    version: DB_VERSION,
    exportedAt: now.toISOString(),
    ownTerms: (await listOwnTerms(db)).sort((a, b) => a.createdAt - b.createdAt || (a.term < b.term ? -1 : 1)),
    notes: await db.notes.toArray(),
    statuses: await db.statuses.toArray(),
    history: await db.history.toArray(),
  }));
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a backup file was refused, as a message key of the interface and its substitutions: the options page says it in the reader's language. */
export type BackupProblemKey = 'restoreReasonNotJson' | 'restoreReasonNotBackup' | 'restoreReasonNewerVersion' | 'restoreReasonNoList';

/** A refused backup: `reason` is for the reader (translated), `message` the same in English for logs. */
export class BackupInvalid extends Error {
  constructor(
    readonly reason: { key: BackupProblemKey; args?: (string | number)[] },
    english: string,
  ) {
    super(english);
    this.name = 'BackupInvalid';
  }
}

/** A backup from a backup file's text (see parseBackup), or a BackupInvalid naming what is wrong. */
export function parseBackupText(text: string, fileName: string): CheckedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupInvalid({ key: 'restoreReasonNotJson', args: [fileName] }, `${fileName} is not JSON`);
  }
  return parseBackup(json);
}

/** A backup's usable records, and the records left out (each with its list, place and reason). */
export type CheckedBackup = Backup & { dropped: DroppedRecord[] };

/**
 * A Backup from parsed JSON: a file that is not a TermLens backup is refused (BackupInvalid); in one
 * that is, each record TermLens could not use is left out and listed in `dropped`.
 */
export function parseBackup(value: unknown): CheckedBackup {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new BackupInvalid({ key: 'restoreReasonNotBackup' }, 'not a TermLens backup (no "format": "termlens-backup")');
  if (!isNumber(value.version) || value.version > DB_VERSION) {
    const version = String(value.version);
    throw new BackupInvalid({ key: 'restoreReasonNewerVersion', args: [version, DB_VERSION] }, `backup version ${version} is newer than this TermLens (${DB_VERSION})`);
  }
  const lists = {} as Record<BackupTable, unknown[]>;
  for (const name of ['ownTerms', 'notes', 'statuses', 'history'] as const) {
    const rows = value[name];
    if (!Array.isArray(rows)) throw new BackupInvalid({ key: 'restoreReasonNoList', args: [name] }, `backup has no "${name}" list`);
    lists[name] = rows;
  }
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : '';
  return { format: BACKUP_FORMAT, version: value.version, exportedAt, ...usableRecords(lists) };
}

/** Replaces the whole database with the backup's records (see restore.ts for the reader's choice of merge or replace). */
export async function restoreBackup(db: ReaderDb, backup: Backup): Promise<void> {
  await db.transaction('rw', [db.ownTermShards, db.notes, db.statuses, db.history], async () => {
    await Promise.all([db.ownTermShards.clear(), db.notes.clear(), db.statuses.clear(), db.history.clear()]);
    await putOwnTerms(db, backup.ownTerms);
    await db.notes.bulkPut(backup.notes);
    await db.statuses.bulkPut(backup.statuses);
    await db.history.bulkPut(backup.history);
  });
}

export async function wipeDatabase(db: ReaderDb): Promise<void> {
  await db.transaction('rw', [db.ownTermShards, db.notes, db.statuses, db.history], async () => {
    await Promise.all([db.ownTermShards.clear(), db.notes.clear(), db.statuses.clear(), db.history.clear()]);
  });
}
