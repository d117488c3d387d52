/**
 * A frame's page matcher and statuses: from the start cache the background keeps in storage.session
 * (one storage read, no message to a service worker that may be asleep), else from the background
 * by message. A cached value is checked exactly as a reply is: a malformed one is ignored and the
 * background asked instead.
 */
import { parsePageMatcher, parseTermStatuses, type PageMatcher, type TermStatuses } from '../../lib/messages';
import { send } from '../../lib/browser/messaging';
import type { CachedStart } from '../../lib/browser/page-start-cache';

export interface StartData {
  /** Undefined where neither the cache nor the background gave a valid matcher: no marks on this page. */
  table: PageMatcher | undefined;
  statuses: TermStatuses;
}

/** Statuses present as an object with both lists; anything else is not taken from the cache. */
const isStatusesShape = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Array.isArray((value as TermStatuses).known) && Array.isArray((value as TermStatuses).ignored);

/** The known and ignored terms, from the background (none where it cannot answer). */
const fetchStatuses = (): Promise<TermStatuses> => send({ type: 'get-term-statuses' }).then(parseTermStatuses, () => parseTermStatuses(undefined));

const fetchTable = (): Promise<PageMatcher | undefined> => send({ type: 'get-page-matcher' }).then((reply) => parsePageMatcher(reply), () => undefined);

export async function startData(readCache: () => Promise<CachedStart>): Promise<StartData> {
  const cached = await readCache().catch((): CachedStart => ({}));
  const cachedTable = parsePageMatcher(cached.matcher);
  const [table, statuses] = await Promise.all([
    cachedTable ?? fetchTable(),
    isStatusesShape(cached.statuses) ? parseTermStatuses(cached.statuses) : fetchStatuses(),
  ]);
  return { table, statuses };
}

/** The statuses alone (a status changed): from the cache if it holds them, else from the background. */
export async function currentStatuses(readCache: () => Promise<CachedStart>): Promise<TermStatuses> {
  const cached = await readCache().catch((): CachedStart => ({}));
  return isStatusesShape(cached.statuses) ? parseTermStatuses(cached.statuses) : fetchStatuses();
}
