/**
 * What sync moves: records, each with its own change time and the device that made the change.
 * Keys are `<section>:<id>`; a record without a value is a tombstone (a deletion travelling to the
 * other devices).
 */

/** The sections in the order they get space: settings, statuses, notes, own terms. */
export const SECTIONS = ['c', 's', 'n', 'o'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_NAMES: Readonly<Record<Section, 'settings' | 'statuses' | 'notes' | 'ownTerms'>> = { c: 'settings', s: 'statuses', n: 'notes', o: 'ownTerms' };

/** Change times travel in whole seconds: a millisecond apart is no "later" a reader can mean, and seconds pack smaller. */
export const STAMP_MS = 1000;

/** A change time as it travels: the database's milliseconds down to the second. */
export const stampOf = (ms: number): number => Math.floor(ms / STAMP_MS) * STAMP_MS;

export interface SyncRecord {
  key: string;
  /** When the change was made (ms since 1970, whole seconds, the changing device's clock). */
  t: number;
  /** The device that made it (a random id kept by each browser profile). */
  d: string;
  /** The value; absent for a deletion. */
  v?: unknown;
}

export const isTombstone = (r: SyncRecord): boolean => r.v === undefined;

export function sectionOf(key: string): Section {
  return key.slice(0, 1) as Section;
}

export const idOf = (key: string): string => key.slice(2);
export const keyOf = (section: Section, id: string): string => `${section}:${id}`;

/** A device id: short, lower-case letters and digits (made by newDeviceId). */
export const DEVICE_ID = /^[a-z0-9]{4,16}$/;

export function newDeviceId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(6))].map((b) => b.toString(36).padStart(2, '0')).join('');
}

/** Orders two changes: the later one is greater; the same time is decided by the device id, the same way on every device. */
export function compareChanges(a: Pick<SyncRecord, 't' | 'd'>, b: Pick<SyncRecord, 't' | 'd'>): number {
  return a.t - b.t || (a.d < b.d ? -1 : a.d > b.d ? 1 : 0);
}
