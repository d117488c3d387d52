/**
 * "Open this entry in the glossary" from a hover card: the background leaves the request in
 * storage.session (memory only, gone when the browser closes) and opens the sidebar, which takes
 * it on start or, if already open, when it appears.
 */
import { browser } from 'wxt/browser';
import { OPEN_ENTRY_FRESH_MS } from '../limits';

const KEY = 'openEntry';

interface Requested {
  id: string;
  at: number;
}

const isRequested = (v: unknown): v is Requested =>
  typeof v === 'object' && v !== null && typeof (v as Requested).id === 'string' && typeof (v as Requested).at === 'number';

export async function requestEntry(id: string): Promise<void> {
  await browser.storage.session.set({ [KEY]: { id, at: Date.now() } satisfies Requested });
}

export async function takeRequestedEntry(): Promise<string | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  if (!isRequested(stored)) return undefined;
  await browser.storage.session.remove(KEY);
  return Date.now() - stored.at < OPEN_ENTRY_FRESH_MS ? stored.id : undefined;
}

export function watchRequestedEntry(onEntry: (id: string) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const value = changes[KEY]?.newValue;
    if (area !== 'session' || !isRequested(value)) return;
    void browser.storage.session.remove(KEY);
    onEntry(value.id);
  });
}
