/** A shared fake sync area (with the browser's quota checks) and simulated devices, for the sync tests. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openReaderDb, type ReaderDb } from '../lib/db/schema';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../lib/settings';
import { syncOnce, type SyncArea, type SyncRunResult } from '../lib/sync/engine';
import { readerStore, syncedSettingFields } from '../lib/sync/local-store';
import type { BaseEntry } from '../lib/sync/merge';
import { DEFAULT_SYNC_QUOTA, itemBytes, type SyncQuota } from '../lib/sync/quota';
import { keyOf } from '../lib/sync/records';
import { SYNC_TOMBSTONE_MS } from '../lib/sync/timing';

/**
 * storage.sync as Chrome keeps it: values stored as JSON, each item and the whole measured as key +
 * JSON in UTF-8 bytes, refused with Chrome's messages. `acceptBytes` makes it refuse earlier than its
 * stated quota (another extension's share, a browser that counts differently).
 */
export class FakeSyncArea implements SyncArea {
  readonly stored = new Map<string, string>();
  writeOps = 0;
  acceptBytes = Infinity;
  listeners: ((changes: Record<string, { newValue?: unknown }>) => void)[] = [];

  constructor(readonly quota: SyncQuota = DEFAULT_SYNC_QUOTA) {}

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.stored].map(([k, v]) => [k, JSON.parse(v)]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.stored);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > this.quota.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    let total = 0;
    for (const [k, v] of next) total += itemBytes(k, JSON.parse(v));
    if (total > Math.min(this.quota.bytes, this.acceptBytes)) throw new Error('QUOTA_BYTES quota exceeded');
    if (next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    this.writeOps++;
    for (const [k, v] of next) this.stored.set(k, v);
    this.notify(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
  }

  async remove(keys: string[]): Promise<void> {
    this.writeOps++;
    for (const key of keys) this.stored.delete(key);
    this.notify(Object.fromEntries(keys.map((k) => [k, {}])));
  }

  bytes(): number {
    let total = 0;
    for (const [k, v] of this.stored) total += itemBytes(k, JSON.parse(v));
    return total;
  }

  private notify(changes: Record<string, { newValue?: unknown }>): void {
    for (const l of this.listeners) l(changes);
  }
}

/** One browser profile: its own database, settings, base and clock offset, sharing the area. */
export class Device {
  readonly db: ReaderDb = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  settings: Settings = { ...DEFAULT_SETTINGS };
  base = new Map<string, BaseEntry>();
  sites = false;
  share = 1;

  constructor(
    readonly id: string,
    public area: FakeSyncArea,
    /** Milliseconds this device's clock is ahead (negative: behind). */
    readonly skew = 0,
  ) {}

  sync(now: number): Promise<SyncRunResult> {
    const store = readerStore(
      this.db,
      { load: async () => this.settings, save: async (s) => void (this.settings = parseSettings(s)) },
      () => syncedSettingFields(this.sites),
    );
    return syncOnce({
      area: this.area,
      store,
      base: { load: async () => new Map(this.base), save: async (b) => void (this.base = new Map(b)) },
      device: this.id,
      now: now + this.skew,
      quota: this.area.quota,
      codec: 'deflate-raw',
      share: this.share,
      tombstoneMs: SYNC_TOMBSTONE_MS,
      passThrough: (key) => key === keyOf('c', 'disabledSites') && !this.sites,
      mayWrite: () => true,
    });
  }
}
