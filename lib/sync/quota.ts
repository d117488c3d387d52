/**
 * The browser's sync quotas and how our items are measured against them. Chrome measures an item as
 * its key's length plus the JSON text of its value, in UTF-8 bytes; Firefox (webext-storage) the same,
 * and both have the same limits. The constants are read from `storage.sync` where the browser gives
 * them, these are the fallbacks.
 */
export interface SyncQuota {
  /** All items together. */
  bytes: number;
  /** One item: key plus JSON of its value. */
  bytesPerItem: number;
  maxItems: number;
  writesPerMinute: number;
  writesPerHour: number;
}

/** chrome.storage.sync's documented values (Firefox has the same sizes and does not limit the rate). */
export const DEFAULT_SYNC_QUOTA: Readonly<SyncQuota> = Object.freeze({
  bytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
});

const positive = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback);

/** The quota an area states (`chrome.storage.sync` holds QUOTA_BYTES and the rest), each missing one from the defaults. */
export function quotaOf(area: Record<string, unknown> | undefined): SyncQuota {
  const a = area ?? {};
  const d = DEFAULT_SYNC_QUOTA;
  return {
    bytes: positive(a.QUOTA_BYTES, d.bytes),
    bytesPerItem: positive(a.QUOTA_BYTES_PER_ITEM, d.bytesPerItem),
    maxItems: positive(a.MAX_ITEMS, d.maxItems),
    writesPerMinute: positive(a.MAX_WRITE_OPERATIONS_PER_MINUTE, d.writesPerMinute),
    writesPerHour: positive(a.MAX_WRITE_OPERATIONS_PER_HOUR, d.writesPerHour),
  };
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** What one item costs against the quota: its key plus the JSON of its value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}

/** What a set of items costs. */
export function itemsBytes(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += itemBytes(key, value);
  return total;
}

/** Whether a set of items fits the quota as a whole and item by item. */
export function fitsQuota(items: Record<string, unknown>, quota: SyncQuota): boolean {
  const entries = Object.entries(items);
  return entries.length <= quota.maxItems && entries.every(([k, v]) => itemBytes(k, v) <= quota.bytesPerItem) && itemsBytes(items) <= quota.bytes;
}

/** Whether an error from storage.sync is about space (Chrome: "QUOTA_BYTES… quota exceeded", Firefox: QuotaExceededError). */
export function isSizeQuotaError(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return /QUOTA_BYTES|MAX_ITEMS|QuotaExceeded|exceeded its quota/i.test(text) && !/WRITE_OPERATIONS/.test(text);
}

/** Whether an error from storage.sync is about the write rate (Chrome: "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"). */
export function isRateQuotaError(error: unknown): boolean {
  return /MAX_WRITE_OPERATIONS/.test(String((error as { message?: unknown })?.message ?? error));
}
