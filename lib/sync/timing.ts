/** Sync's timing and thresholds: how long it waits, how hard it retries, what it takes for a lost database. */
/** Local changes wait this long for more before one write, so a burst of status clicks is one write operation, not twenty. */
export const SYNC_WRITE_DEBOUNCE_MS = 10_000;

/** A change that arrived from another device is merged this long after the last sync event: its items arrive a few at a time. */
export const SYNC_READ_DEBOUNCE_MS = 1_000;

/** Deletions travel as tombstones this long: a device offline for longer gets a deleted record back rather than losing one. */
export const SYNC_TOMBSTONE_MS = 30 * 24 * 60 * 60_000;

/** After a write refused for size, the next try gets this share of the space: a few tries reach what the browser accepts. */
export const SYNC_SHRINK_FACTOR = 0.8;

/** Tries of one sync before it waits for the next change: each refused one writes nothing. */
export const SYNC_MAX_TRIES = 5;

/** After a failed sync (not a size error), the next try waits this long. */
export const SYNC_RETRY_MS = 60_000;

/**
 * A sync that finds at least this many records gone here, and more than half of those it had
 * synced, takes them for a lost database (cleared site data, a failed upgrade), not the reader's
 * deletions: they come back from the sync area instead of being deleted on every other device.
 */
export const SYNC_MASS_DELETION_MIN = 50;
