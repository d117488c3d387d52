/**
 * Records from the sync area are untrusted input (another device, another version, or anything that
 * can write the area): each is checked with the backup's own record checks (lib/db/backup-records.ts)
 * and dropped when TermLens could not use it.
 */
import { usableRecords } from '../db/backup-records';
import { isOwnTermId } from '../db/own-terms';
import { TERM_ID } from '../matcher/term-ids';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';
import { idOf, sectionOf, type SyncRecord } from './records';

/** Change times a browser can represent, as whole milliseconds. */
const isStamp = (t: number) => Number.isSafeInteger(t) && t >= 0 && t <= 8.64e15;

/** The settings fields sync may carry. */
export const SETTING_FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function settingOk(field: string, value: unknown): boolean {
  if (!SETTING_FIELDS.includes(field as keyof Settings) || value === undefined) return false;
  // Valid exactly when the settings parser keeps it as it is.
  const parsed = parseSettings({ [field]: value })[field as keyof Settings];
  return JSON.stringify(parsed) === JSON.stringify(value);
}

const emptyLists = { ownTerms: [], notes: [], statuses: [], history: [] };

/** The record as TermLens keeps it (an own term with only the fields TermLens writes), or undefined. */
function usable(record: SyncRecord): SyncRecord | undefined {
  const ok = check(record);
  if (ok !== true && ok !== false) return { ...record, v: ok };
  return ok ? record : undefined;
}

/** true, false, or (an own term) the cleaned value. */
function check(record: SyncRecord): boolean | object {
  if (!isStamp(record.t)) return false;
  const id = idOf(record.key);
  const { v } = record;
  switch (sectionOf(record.key)) {
    case 'c':
      return settingOk(id, v);
    case 's':
      if (!TERM_ID.test(id)) return false;
      return v === undefined || (v !== 'new' && usableRecords({ ...emptyLists, statuses: [{ termId: id, status: v, updatedAt: record.t }] }).statuses.length === 1);
    case 'n':
      if (!TERM_ID.test(id) || isOwnTermId(id)) return false;
      return v === undefined || (typeof v === 'string' && v.trim() !== '' && usableRecords({ ...emptyLists, notes: [{ termId: id, text: v, updatedAt: record.t }] }).notes.length === 1);
    case 'o':
      if (!TERM_ID.test(id) || !isOwnTermId(id)) return false;
      if (v === undefined) return true;
      if (typeof v !== 'object' || v === null) return false;
      {
        const [own] = usableRecords({ ...emptyLists, ownTerms: [{ ...v, id, updatedAt: record.t }] }).ownTerms;
        if (!own) return false;
        const { id: _id, updatedAt: _t, ...value } = own;
        return value;
      }
    default:
      return false;
  }
}

/** The usable records, and how many were dropped. */
export function usableSyncRecords(records: ReadonlyMap<string, SyncRecord>): { records: Map<string, SyncRecord>; dropped: number } {
  const kept = new Map<string, SyncRecord>();
  for (const [key, record] of records) {
    const checked = usable(record);
    if (checked) kept.set(key, checked);
  }
  return { records: kept, dropped: records.size - kept.size };
}
