/**
 * `storage.session` belongs to the background and our own pages only. Chrome lets an extension open
 * it to content scripts, and then every frame's script (a compromised renderer's too) could read
 * and write it: an earlier version kept the page matcher there for frames to start from, and a page
 * could overwrite it so that another site's tab marked nothing. It is closed again on every start
 * (the access level lasts for the browser session) and that copy removed; frames ask the
 * background. Firefox never opens the area to content scripts (no `setAccessLevel`, bug 1724754).
 */
import { browser } from 'wxt/browser';

/** Keys an earlier version kept for content scripts: removed, never written again. */
const FORMER_START_CACHE_KEYS = ['pageMatcherCache', 'termStatusesCache'];

interface SessionArea {
  remove(keys: string[]): Promise<void>;
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

/** Background: only trusted contexts (extension pages, the background) may use storage.session. */
export async function closeSessionToContentScripts(): Promise<void> {
  const area = session();
  if (!area) return;
  await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => console.error('TermLens: storage.session not closed', error));
  await area.remove(FORMER_START_CACHE_KEYS).catch(() => {});
}
