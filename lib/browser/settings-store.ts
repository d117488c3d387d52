/** Settings in `browser.storage.local`: read, written and watched through one key. */
import { browser } from 'wxt/browser';
import { listCuts, parseSettings, SETTINGS_KEY, type ListCut, type Settings } from '../settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** The settings, and the stored lists that were too long to read in full. */
export async function loadSettingsWithCuts(): Promise<{ settings: Settings; cuts: ListCut[] }> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return { settings: parseSettings(stored), cuts: listCuts(stored) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `onChange` with the new settings whenever any surface saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
