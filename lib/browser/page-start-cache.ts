/**
 * What every frame needs before its first marks — the page matcher and the reader's statuses —
 * kept by the background in `storage.session` (memory only, gone when the browser closes), made
 * readable by content scripts where the browser allows it (Chrome; Firefox has no
 * `setAccessLevel`, bug 1724754). The matcher is kept as JSON text: Chrome hands a stored object to
 * a script by converting it value by value (its 11,000 rule objects took a second to arrive under
 * load), a string in one piece, which JSON.parse reads natively. A frame then reads it with one storage call instead of two
 * messages to a service worker that may be asleep or busy; where it cannot (Firefox, a cache not
 * written yet, a value of another version) it asks the background as before. The storage.local
 * revisions (reader-revision.ts) are written after the cache, so a frame told to read again reads
 * the new value.
 */
import { browser } from 'wxt/browser';

export const PAGE_MATCHER_CACHE_KEY = 'pageMatcherCache';
export const TERM_STATUSES_CACHE_KEY = 'termStatusesCache';

/** What a frame found in the cache: unchecked values (the caller validates them as it does a reply). */
export interface CachedStart {
  matcher?: unknown;
  statuses?: unknown;
}

interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  getBytesInUse(keys: string[]): Promise<number>;
  setAccessLevel?(options: { accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

/**
 * Background: lets content scripts read the session area. False where the browser cannot (then
 * nothing is cached and frames use messages).
 */
export async function openCacheToContentScripts(): Promise<boolean> {
  const area = session();
  if (!area?.setAccessLevel) return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

/** Background: keeps the page matcher for frames to start with, as JSON text (see above). */
export const cacheMatcherForFrames = (matcher: unknown): Promise<void> => cacheForFrames(PAGE_MATCHER_CACHE_KEY, JSON.stringify(matcher));

/** Background: keeps a value for frames to start with. A failure (quota: a very large own glossary) drops the stale one instead. */
export async function cacheForFrames(key: typeof PAGE_MATCHER_CACHE_KEY | typeof TERM_STATUSES_CACHE_KEY, value: unknown): Promise<void> {
  const area = session();
  if (!area) return;
  try {
    await area.set({ [key]: value });
  } catch (error) {
    console.debug('TermLens: start cache not written:', error);
    await area.remove([key]).catch(() => {});
  }
}

/**
 * Background: both values are there — checked by size without reading them where the browser
 * can (a worker that wakes for anything asks this), else by reading them.
 */
export async function isStartCached(): Promise<boolean> {
  const area = session();
  if (!area) return false;
  const keys = [PAGE_MATCHER_CACHE_KEY, TERM_STATUSES_CACHE_KEY];
  try {
    const sizes = await Promise.all(keys.map((key) => area.getBytesInUse([key])));
    return sizes.every((size) => size > 0);
  } catch {
    const stored = await area.get(keys).catch((): Record<string, unknown> => ({}));
    return keys.every((key) => stored[key] !== undefined);
  }
}

/** Content script: the cached matcher and statuses (only the statuses with `statusesOnly`), or nothing where the area is closed to it or absent. */
export async function readCachedStart(statusesOnly = false): Promise<CachedStart> {
  const area = session();
  if (!area) return {};
  try {
    const stored = await area.get(statusesOnly ? [TERM_STATUSES_CACHE_KEY] : [PAGE_MATCHER_CACHE_KEY, TERM_STATUSES_CACHE_KEY]);
    return { matcher: parsedText(stored[PAGE_MATCHER_CACHE_KEY]), statuses: stored[TERM_STATUSES_CACHE_KEY] };
  } catch {
    return {};
  }
}

/** The value JSON text holds; undefined for anything else (a value of another version, text cut short). */
function parsedText(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
