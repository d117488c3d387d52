/** The options page's sync: the reader's choice written to storage.local (the background follows it), the last sync's outcome watched there. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SyncSection } from '../../components/SyncSection';
import { EMPTY_SYNC_STATUS, parsePrefs, parseSyncStatus, SYNC_PREFS_KEY, SYNC_STATUS_KEY, type SyncPrefs, type SyncStatus } from '../../lib/sync/sync-state';

export function SyncOptions() {
  const [prefs, setPrefs] = useState<SyncPrefs>({ on: false, sites: false });
  const [status, setStatus] = useState<SyncStatus>(EMPTY_SYNC_STATUS);
  useEffect(() => {
    void browser.storage.local.get([SYNC_PREFS_KEY, SYNC_STATUS_KEY]).then((stored) => {
      setPrefs(parsePrefs(stored[SYNC_PREFS_KEY]));
      setStatus(parseSyncStatus(stored[SYNC_STATUS_KEY]));
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SYNC_PREFS_KEY in changes) setPrefs(parsePrefs(changes[SYNC_PREFS_KEY]!.newValue));
      if (SYNC_STATUS_KEY in changes) setStatus(parseSyncStatus(changes[SYNC_STATUS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return (
    <SyncSection
      prefs={prefs}
      status={status}
      onChange={(next) => {
        setPrefs(next);
        void browser.storage.local.set({ [SYNC_PREFS_KEY]: next });
      }}
    />
  );
}
