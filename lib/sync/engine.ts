/**
 * One sync: read the area, check its records, merge them with this device's, write what won there
 * into the database, then write what the area should hold (only the items that changed). The
 * database is written first and only with records that won; a write to the area that fails (quota,
 * rate, anything) changes nothing here, and this device's base moves on only for what was written.
 */
import type { Codec } from './codec';
import { decodeArea, MANIFEST_KEY, PIECE_KEY } from './encoding';
import { fitToQuota, type SectionReport } from './fit';
import type { AppliedCounts, LocalStore } from './local-store';
import { mergeRecords, type BaseEntry } from './merge';
import type { SyncQuota } from './quota';
import { sectionOf, SECTIONS, type Section, type SyncRecord } from './records';
import { usableSyncRecords } from './validate';

/** The part of storage.sync sync uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface BaseStore {
  load(): Promise<Map<string, BaseEntry>>;
  save(base: ReadonlyMap<string, BaseEntry>): Promise<void>;
}

/** A write the rate limits do not allow now. */
export class WriteRateWait extends Error {
  constructor() {
    super('sync write waits for the write rate limit');
    this.name = 'WriteRateWait';
  }
}

export interface SyncRunOptions {
  area: SyncArea;
  store: LocalStore;
  base: BaseStore;
  device: string;
  now: number;
  quota: SyncQuota;
  codec: Codec;
  /** Share of the quota to fill (less than 1 after a write refused for size). */
  share: number;
  tombstoneMs: number;
  /** Keys this device does not sync but must keep in the area (another device's site list). */
  passThrough: (key: string) => boolean;
  /** Asked before writing: whether `ops` write operations may run now. */
  mayWrite: (ops: number) => boolean;
}

export interface SyncRunResult {
  applied: AppliedCounts;
  /** Write operations made (0 when the area already held it all). */
  ops: number;
  report: SectionReport[];
  /** The area's size after this sync. */
  bytes: number;
  items: number;
  /** Records from the area that TermLens could not use. */
  dropped: number;
  /** Sections whose pieces were mixed or damaged (skipped this time; rewritten from this device's data). */
  unreadable: Section[];
  /** The area holds a newer format: nothing was read or written. */
  newerFormat: boolean;
}

const NOTHING_APPLIED: AppliedCounts = { settings: 0, statuses: 0, notes: 0, ownTerms: 0 };

/** Settings have no change time of their own: their value's JSON is kept in the base to see a change. */
function withSettingsJson(key: string, entry: BaseEntry, record: SyncRecord | undefined): BaseEntry {
  return sectionOf(key) === 'c' && record?.v !== undefined ? { ...entry, h: JSON.stringify(record.v) } : entry;
}

export async function syncOnce(o: SyncRunOptions): Promise<SyncRunResult> {
  const current = await o.area.get(null);
  const decoded = await decodeArea(current);
  if (decoded.newerFormat) return { applied: NOTHING_APPLIED, ops: 0, report: [], bytes: 0, items: 0, dropped: 0, unreadable: [], newerFormat: true };
  const { records: remote, dropped } = usableSyncRecords(decoded.records);
  const base = await o.base.load();
  const local = await o.store.read(base, o.now);
  const merged = mergeRecords({ local, remote, base, device: o.device, now: o.now, tombstoneMs: o.tombstoneMs, passThrough: o.passThrough });

  // What the area had and this device now has too: agreed on at once, whatever happens to the write.
  const applied = merged.applyLocally.size > 0 ? await o.store.apply(merged.applyLocally) : NOTHING_APPLIED;
  const agreed = new Map(base);
  for (const key of merged.applyLocally.keys()) agreed.set(key, withSettingsJson(key, merged.nextBase.get(key)!, merged.applyLocally.get(key)));
  if (merged.applyLocally.size > 0) await o.base.save(agreed);

  const bySection = new Map<Section, SyncRecord[]>(SECTIONS.map((s) => [s, []]));
  for (const record of merged.outgoing.values()) bySection.get(sectionOf(record.key))!.push(record);
  const fitted = await fitToQuota({ records: bySection, quota: o.quota, share: o.share, codec: o.codec, device: o.device });

  const changed = Object.fromEntries(Object.entries(fitted.items).filter(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value)));
  // The manifest only when something else changed: it names the writer, which alone is no news.
  if (Object.keys(changed).length === 1 && MANIFEST_KEY in changed && decoded.unreadable.length === 0 && current[MANIFEST_KEY] !== undefined) delete changed[MANIFEST_KEY];
  const stale = Object.keys(current).filter((key) => PIECE_KEY.test(key) && !(key in fitted.items));
  const ops = (Object.keys(changed).length > 0 ? 1 : 0) + (stale.length > 0 ? 1 : 0);
  if (ops > 0) {
    if (!o.mayWrite(ops)) throw new WriteRateWait();
    // Pieces and manifest in one set (one write operation); stale pieces after, once no manifest names them.
    if (Object.keys(changed).length > 0) await o.area.set(changed);
    if (stale.length > 0) await o.area.remove(stale);
  }

  // Written: the base follows what the area now holds; keys whose records were cut keep what they had.
  const next = new Map(agreed);
  for (const [key, entry] of merged.nextBase) if (fitted.written.has(key)) next.set(key, withSettingsJson(key, entry, merged.outgoing.get(key)));
  for (const key of next.keys()) if (!merged.nextBase.has(key) && !local.has(key) && !remote.has(key)) next.delete(key);
  await o.base.save(next);
  return { applied, ops, report: fitted.report, bytes: fitted.bytes, items: Object.keys(fitted.items).length, dropped, unreadable: decoded.unreadable, newerFormat: false };
}
