/**
 * Record-by-record checks of a backup: a record TermLens could not use (an id that is not its term's,
 * a number out of range, an oversized text) is left out and reported, so one bad record can neither
 * refuse the whole file nor, once restored, switch marking off on every page.
 */
import { MAX_NOTE_CHARS, MAX_TERM_CHARS, MET_SENTENCE_MAX_CHARS, MET_TITLE_MAX_CHARS, MET_URL_MAX_CHARS, OWN_FORMS_MAX, OWN_TEXT_MAX_CHARS } from '../limits';
import { TERM_ID } from '../matcher/term-ids';
import { ownTermId } from './own-terms';
import type { HistoryRecord, OwnTerm, StatusRecord, TermNote } from './types';
import { isTermStatus } from '../term-status';

export type BackupTable = 'ownTerms' | 'notes' | 'statuses' | 'history';

/** Why a record was left out, as a message key of the interface. */
export type DropReason = 'restoreDropShape' | 'restoreDropId' | 'restoreDropSize' | 'restoreDropTime' | 'restoreDropDuplicate';

export interface DroppedRecord {
  table: BackupTable;
  /** 1-based place in the backup's list. */
  record: number;
  reason: DropReason;
}

/** Dates a browser can represent (ECMAScript's time range), for creation, change and visit times. */
const MAX_TIME = 8.64e15;
/** History keys stay far below 2^53: IndexedDB's key generator stops for good past it, even after a clear. */
export const MAX_HISTORY_SEQ = 2 ** 40;
/** A host name is at most 253 characters. */
const MAX_SITE_CHARS = 253;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
const chars = (s: string) => [...s].length;

type Check<T> = (v: Record<string, unknown>) => DropReason | T;

/** Where the reader met a term: optional texts, each within what adding a term keeps. */
function metOk(met: unknown): boolean {
  if (met === undefined) return true;
  if (!isObject(met)) return false;
  const within = (v: unknown, max: number) => v === undefined || (isString(v) && chars(v) <= max);
  return within(met.title, MET_TITLE_MAX_CHARS) && within(met.url, MET_URL_MAX_CHARS) && within(met.sentence, MET_SENTENCE_MAX_CHARS);
}

const ownTerm: Check<OwnTerm> = (v) => {
  const texts = [v.pinyin, v.english, v.definitionZh, v.definitionEn, v.note, v.origin];
  if (!isString(v.id) || !isString(v.term) || !isStrings(v.forms) || !texts.every(isString) || !isStrings(v.tags)) return 'restoreDropShape';
  if (v.id !== ownTermId(v.term)) return 'restoreDropId';
  const formsOk = v.forms.length >= 1 && v.forms.length <= OWN_FORMS_MAX && v.forms.every((f) => f !== '' && chars(f) <= MAX_TERM_CHARS);
  const textsOk = (texts as string[]).every((t) => t.length <= OWN_TEXT_MAX_CHARS) && v.tags.length <= OWN_FORMS_MAX;
  if (chars(v.term) > MAX_TERM_CHARS || !formsOk || !textsOk || !metOk(v.met)) return 'restoreDropSize';
  if (!isTime(v.createdAt) || !isTime(v.updatedAt)) return 'restoreDropTime';
  // Only the fields TermLens writes: a backup's unknown fields are not carried into the database.
  const [pinyin, english, definitionZh, definitionEn, noteText, origin] = texts as string[];
  const met = v.met as OwnTerm['met'];
  const metKept = met && { ...(met.title ? { title: met.title } : {}), ...(met.url ? { url: met.url } : {}), ...(met.sentence ? { sentence: met.sentence } : {}) };
  return {
    id: v.id, term: v.term, forms: v.forms, pinyin: pinyin!, english: english!, definitionZh: definitionZh!, definitionEn: definitionEn!,
    note: noteText!, tags: v.tags, ...(metKept && Object.keys(metKept).length > 0 ? { met: metKept } : {}), origin: origin!,
    createdAt: v.createdAt, updatedAt: v.updatedAt,
  };
};

const note: Check<TermNote> = (v) => {
  if (!isString(v.termId) || !isString(v.text)) return 'restoreDropShape';
  if (!TERM_ID.test(v.termId)) return 'restoreDropId';
  if (chars(v.text) > MAX_NOTE_CHARS) return 'restoreDropSize';
  return isTime(v.updatedAt) ? { termId: v.termId, text: v.text, updatedAt: v.updatedAt } : 'restoreDropTime';
};

const status: Check<StatusRecord> = (v) => {
  if (!isString(v.termId) || !isTermStatus(v.status)) return 'restoreDropShape';
  if (!TERM_ID.test(v.termId)) return 'restoreDropId';
  return isTime(v.updatedAt) ? { termId: v.termId, status: v.status, updatedAt: v.updatedAt } : 'restoreDropTime';
};

const history: Check<HistoryRecord> = (v) => {
  if (!isString(v.termId) || !isString(v.term) || !isString(v.site) || (v.url !== undefined && !isString(v.url))) return 'restoreDropShape';
  if (!TERM_ID.test(v.termId)) return 'restoreDropId';
  if (chars(v.term) > MAX_TERM_CHARS || v.site.length > MAX_SITE_CHARS || (isString(v.url) && v.url.length > MET_URL_MAX_CHARS)) return 'restoreDropSize';
  if (!isTime(v.at)) return 'restoreDropTime';
  // A key out of range is not the record's fault: the record keeps its place in time and gets a new key.
  const seqOk = Number.isSafeInteger(v.seq) && (v.seq as number) >= 1 && (v.seq as number) <= MAX_HISTORY_SEQ;
  return { ...(seqOk ? { seq: v.seq as number } : {}), termId: v.termId, term: v.term, at: v.at, site: v.site, ...(isString(v.url) ? { url: v.url } : {}) };
};

const isDropReason = <T>(result: DropReason | T): result is DropReason => typeof result === 'string';

/** The usable records of one list, each kept once by its key; the rest reported. */
function keepUsable<T>(table: BackupTable, rows: unknown[], check: Check<T>, keyOf: (row: T) => string | undefined, dropped: DroppedRecord[]): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const result: DropReason | T = isObject(row) ? check(row) : 'restoreDropShape';
    if (isDropReason(result)) {
      dropped.push({ table, record: i + 1, reason: result });
      return;
    }
    const key = keyOf(result);
    if (key !== undefined && seen.has(key)) dropped.push({ table, record: i + 1, reason: 'restoreDropDuplicate' });
    else {
      if (key !== undefined) seen.add(key);
      kept.push(result);
    }
  });
  return kept;
}

export interface UsableRecords {
  ownTerms: OwnTerm[];
  notes: TermNote[];
  statuses: StatusRecord[];
  history: HistoryRecord[];
  dropped: DroppedRecord[];
}

/** The records of a backup's four lists that TermLens can use, and what it left out. */
export function usableRecords(lists: Record<BackupTable, unknown[]>): UsableRecords {
  const dropped: DroppedRecord[] = [];
  return {
    ownTerms: keepUsable('ownTerms', lists.ownTerms, ownTerm, (t) => t.id, dropped),
    notes: keepUsable('notes', lists.notes, note, (n) => n.termId, dropped),
    statuses: keepUsable('statuses', lists.statuses, status, (s) => s.termId, dropped),
    history: keepUsable('history', lists.history, history, (h) => (h.seq === undefined ? undefined : String(h.seq)), dropped),
    dropped,
  };
}
