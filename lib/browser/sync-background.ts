/**
 * The background's side of sync (lib/sync): on while the reader's choice says so, it syncs at once,
 * after local changes (told by the background and by the settings' storage), and after another
 * device's items arrive in `storage.sync`. Records that won are written into the database and open
 * tabs are told through the same revisions a local change uses. The outcome goes to storage.local
 * for the options page. Nothing here reads the history or any page address.
 */
import { browser } from 'wxt/browser';
import { SYNC_RETRY_MS, SYNC_TOMBSTONE_MS } from '../sync/timing';
import { availableCodec } from '../sync/codec';
import { createSyncController, type SyncOutcome } from '../sync/controller';
import { syncOnce, type SyncArea } from '../sync/engine';
import { MANIFEST_KEY } from '../sync/encoding';
import { readerStore, syncedSettingFields, type AppliedCounts } from '../sync/local-store';
import { quotaOf } from '../sync/quota';
import { keyOf, newDeviceId } from '../sync/records';
import { baseFromStored, baseToStored, parseDeviceId, parsePrefs, parseSyncStatus, SYNC_BASE_KEY, SYNC_DEVICE_KEY, SYNC_PREFS_KEY, SYNC_STATUS_KEY, type SyncPrefs } from '../sync/sync-state';
import { SETTINGS_KEY } from '../settings';
import { readerDb } from './reader-db';
import { loadSettings, saveSettings } from './settings-store';

async function deviceId(): Promise<string> {
  const stored = parseDeviceId((await browser.storage.local.get(SYNC_DEVICE_KEY))[SYNC_DEVICE_KEY]);
  if (stored) return stored;
  const made = newDeviceId();
  await browser.storage.local.set({ [SYNC_DEVICE_KEY]: made });
  return made;
}

export function setUpSync(onApplied: (counts: AppliedCounts) => void) {
  const syncArea = browser.storage.sync;
  const area: SyncArea = {
    get: () => syncArea.get(null),
    set: (items) => syncArea.set(items),
    remove: (keys) => syncArea.remove(keys),
  };
  const quota = quotaOf(syncArea as unknown as Record<string, unknown>);
  let prefs: SyncPrefs = { on: false, sites: false };
  let device: string | undefined;
  const store = readerStore(readerDb(), { load: loadSettings, save: saveSettings }, () => syncedSettingFields(prefs.sites));

  async function report(reported: SyncOutcome): Promise<void> {
    // An area written by a newer TermLens is left alone: said as a failure, tried again later.
    const outcome: SyncOutcome = reported.ok && reported.result.newerFormat ? { ok: false, at: reported.at, problem: 'failed', message: 'sync area written by a newer TermLens', retryAt: reported.at + SYNC_RETRY_MS } : reported;
    const before = parseSyncStatus((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]);
    const status = outcome.ok
      ? { lastSyncAt: outcome.at, bytes: outcome.result.bytes, items: outcome.result.items, quotaBytes: quota.bytes, quotaItems: quota.maxItems, report: outcome.result.report }
      : { ...before, quotaBytes: quota.bytes, quotaItems: quota.maxItems, problem: outcome.problem, retryAt: outcome.retryAt };
    if (!outcome.ok) console.warn('TermLens: sync', outcome.problem, outcome.message);
    if (outcome.ok && Object.values(outcome.result.applied).some((n) => n > 0)) onApplied(outcome.result.applied);
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  }

  const controller = createSyncController({
    quota,
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onOutcome: report,
    run: async (share, mayWrite) =>
      syncOnce({
        area,
        store,
        base: {
          load: async () => baseFromStored((await browser.storage.local.get(SYNC_BASE_KEY))[SYNC_BASE_KEY]),
          save: (base) => browser.storage.local.set({ [SYNC_BASE_KEY]: baseToStored(base) }),
        },
        device: (device ??= await deviceId()),
        now: Date.now(),
        quota,
        codec: availableCodec(),
        share,
        tombstoneMs: SYNC_TOMBSTONE_MS,
        // Another device's site list stays in the area when this one does not sync its own.
        passThrough: (key) => key === keyOf('c', 'disabledSites') && !prefs.sites,
        mayWrite: (ops) => mayWrite(ops),
      }),
  });

  function follow(next: SyncPrefs): void {
    const turnedOn = next.on && (!prefs.on || next.sites !== prefs.sites);
    prefs = next;
    if (!next.on) controller.stop();
    else if (turnedOn) controller.start();
  }

  void browser.storage.local.get(SYNC_PREFS_KEY).then((stored) => follow(parsePrefs(stored[SYNC_PREFS_KEY])));
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local') {
      if (SYNC_PREFS_KEY in changes) follow(parsePrefs(changes[SYNC_PREFS_KEY]!.newValue));
      if (SETTINGS_KEY in changes && prefs.on) controller.localChanged();
      return;
    }
    if (areaName !== 'sync' || !prefs.on) return;
    // Our own write coming back names this device as its writer: nothing new in it.
    const manifest = changes[MANIFEST_KEY]?.newValue as { by?: unknown } | undefined;
    if (manifest?.by !== undefined && manifest.by === device) return;
    controller.remoteChanged();
  });

  return {
    /** Own terms, notes or statuses changed on this device. */
    localChanged(): void {
      if (prefs.on) controller.localChanged();
    },
  };
}
