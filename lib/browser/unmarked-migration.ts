/**
 * Before the reader's database held statuses, "Don't mark this term" kept a list in the settings
 * (`unmarkedTerms`). The database is now the one place a term is ignored: the list is moved there
 * once (a status the reader set since is kept) and taken out of the settings.
 */
import { browser } from 'wxt/browser';
import { legacyUnmarkedTerms } from '../db/legacy-unmarked';
import type { ReaderDb } from '../db/schema';
import { SETTINGS_KEY } from '../settings';

/** Moves the settings' old list into the database; resolves with how many terms it held. */
export async function moveUnmarkedTerms(db: ReaderDb): Promise<number> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;
  if (!stored || !('unmarkedTerms' in stored)) return 0;
  const ids = legacyUnmarkedTerms(stored.unmarkedTerms);
  await db.transaction('rw', db.statuses, async () => {
    const existing = new Set((await db.statuses.bulkGet(ids)).flatMap((r) => (r ? [r.termId] : [])));
    const now = Date.now();
    await db.statuses.bulkPut(ids.filter((id) => !existing.has(id)).map((termId) => ({ termId, status: 'ignored' as const, updatedAt: now })));
  });
  // Written only after the database holds them: an interrupted move is simply done again.
  const { unmarkedTerms: _moved, ...rest } = stored;
  await browser.storage.local.set({ [SETTINGS_KEY]: rest });
  return ids.length;
}
