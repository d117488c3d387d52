/**
 * A full backup of the reader's database as JSON, and its restore. Restore replaces everything in
 * one transaction: a backup that fails the check, or a write that fails, leaves the database as it was.
 */
import type { ReaderDb } from './schema';
import { DB_VERSION } from './schema';
import { listOwnTerms, putOwnTerms } from './own-term-shards';
import { isTermStatus } from './statuses';
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

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkOwnTerm(v: unknown): v is OwnTerm {
  if (!isObject(v)) return false;
  const ok =
    isString(v.id) && isString(v.term) && isStrings(v.forms) && isString(v.pinyin) && isString(v.english) &&
    isString(v.definitionZh) && isString(v.definitionEn) && isString(v.note) && isStrings(v.tags) && isString(v.origin) &&
    isNumber(v.createdAt) && isNumber(v.updatedAt);
  return ok && (v.met === undefined || isObject(v.met));
}
const checkNote = (v: unknown): v is TermNote => isObject(v) && isString(v.termId) && isString(v.text) && isNumber(v.updatedAt);
const checkStatus = (v: unknown): v is StatusRecord => isObject(v) && isString(v.termId) && isTermStatus(v.status) && isNumber(v.updatedAt);
const checkHistory = (v: unknown): v is HistoryRecord =>
  isObject(v) && isString(v.termId) && isString(v.term) && isNumber(v.at) && isString(v.site) && (v.url === undefined || isString(v.url)) && (v.seq === undefined || isNumber(v.seq));

/** Why a backup file was refused, as a message key of the interface and its substitutions: the options page says it in the reader's language. */
export type BackupProblemKey = 'restoreReasonNotJson' | 'restoreReasonNotBackup' | 'restoreReasonNewerVersion' | 'restoreReasonNoList' | 'restoreReasonMalformed';

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

/** A Backup from a backup file's text, or a BackupInvalid naming the first thing wrong. */
export function parseBackupText(text: string, fileName: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupInvalid({ key: 'restoreReasonNotJson', args: [fileName] }, `${fileName} is not JSON`);
  }
  return parseBackup(json);
}

/** A Backup from parsed JSON, or a BackupInvalid naming the first thing wrong. */
export function parseBackup(value: unknown): Backup {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new BackupInvalid({ key: 'restoreReasonNotBackup' }, 'not a TermLens backup (no "format": "termlens-backup")');
  if (!isNumber(value.version) || value.version > DB_VERSION) {
    const version = String(value.version);
    throw new BackupInvalid({ key: 'restoreReasonNewerVersion', args: [version, DB_VERSION] }, `backup version ${version} is newer than this TermLens (${DB_VERSION})`);
  }
  const tables = [
    ['ownTerms', checkOwnTerm],
    ['notes', checkNote],
    ['statuses', checkStatus],
    ['history', checkHistory],
  ] as const;
  for (const [name, check] of tables) {
    const rows = value[name];
    if (!Array.isArray(rows)) throw new BackupInvalid({ key: 'restoreReasonNoList', args: [name] }, `backup has no "${name}" list`);
    const bad = rows.findIndex((row) => !check(row));
    if (bad >= 0) throw new BackupInvalid({ key: 'restoreReasonMalformed', args: [name, bad + 1] }, `backup "${name}" record ${bad + 1} is malformed`);
  }
  return value as unknown as Backup;
}

/** Replaces the whole database with the backup's records. */
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
