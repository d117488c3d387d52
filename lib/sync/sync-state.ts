/**
 * What sync keeps on this device (storage.local), each read defensively: the reader's choices, the
 * last sync's outcome for the options page, and the base (what this device and the area last agreed on).
 */
import type { SectionReport } from './fit';
import type { BaseEntry } from './merge';
import { DEVICE_ID, SECTIONS, type Section } from './records';

export const SYNC_PREFS_KEY = 'syncPrefs';
export const SYNC_STATUS_KEY = 'syncStatus';
export const SYNC_BASE_KEY = 'syncBase';
export const SYNC_DEVICE_KEY = 'syncDevice';

export interface SyncPrefs {
  /** Off by default: nothing goes to the browser's sync service until the reader says so. */
  on: boolean;
  /** The list of sites TermLens is off on travels too (only when ticked). */
  sites: boolean;
}

export const DEFAULT_SYNC_PREFS: Readonly<SyncPrefs> = Object.freeze({ on: false, sites: false });

export function parsePrefs(stored: unknown): SyncPrefs {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return { on: s.on === true, sites: s.sites === true };
}

export interface SyncStatus {
  /** Last sync that ended well. */
  lastSyncAt?: number;
  bytes: number;
  items: number;
  quotaBytes: number;
  quotaItems: number;
  report: SectionReport[];
  /** The last try's problem, if it failed. */
  problem?: 'rate' | 'size' | 'failed';
  retryAt?: number;
}

export const EMPTY_SYNC_STATUS: Readonly<SyncStatus> = Object.freeze({ bytes: 0, items: 0, quotaBytes: 0, quotaItems: 0, report: [] });

const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function parseSyncStatus(stored: unknown): SyncStatus {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const report = Array.isArray(s.report)
    ? s.report.filter((r): r is SectionReport => SECTIONS.includes(r?.section as Section) && count(r?.total) && count(r?.synced) && r.synced <= r.total)
    : [];
  return {
    ...(count(s.lastSyncAt) ? { lastSyncAt: s.lastSyncAt } : {}),
    bytes: count(s.bytes) ? s.bytes : 0,
    items: count(s.items) ? s.items : 0,
    quotaBytes: count(s.quotaBytes) ? s.quotaBytes : 0,
    quotaItems: count(s.quotaItems) ? s.quotaItems : 0,
    report,
    ...(s.problem === 'rate' || s.problem === 'size' || s.problem === 'failed' ? { problem: s.problem } : {}),
    ...(count(s.retryAt) ? { retryAt: s.retryAt } : {}),
  };
}

/** The base as stored: per key [t, d, lt, deleted (0/1), settings JSON?]. */
type StoredBase = Record<string, [number, string, number, number, string?]>;

export function baseToStored(base: ReadonlyMap<string, BaseEntry>): StoredBase {
  const out: StoredBase = {};
  for (const [key, e] of base) out[key] = e.h === undefined ? [e.t, e.d, e.lt, e.del ? 1 : 0] : [e.t, e.d, e.lt, e.del ? 1 : 0, e.h];
  return out;
}

export function baseFromStored(stored: unknown): Map<string, BaseEntry> {
  const base = new Map<string, BaseEntry>();
  if (typeof stored !== 'object' || stored === null) return base;
  for (const [key, v] of Object.entries(stored)) {
    if (!Array.isArray(v) || !count(v[0]) || typeof v[1] !== 'string' || !count(v[2])) continue;
    base.set(key, { t: v[0], d: v[1], lt: v[2], ...(v[3] === 1 ? { del: true as const } : {}), ...(typeof v[4] === 'string' ? { h: v[4] } : {}) });
  }
  return base;
}

export const parseDeviceId = (stored: unknown): string | undefined => (typeof stored === 'string' && DEVICE_ID.test(stored) ? stored : undefined);
