/**
 * The background's side of the reader's own data: the page matcher built from the bundled glossary
 * plus own terms, rebuilt (debounced) when they change and announced to every frame through a
 * revision number in storage.local, which every content script already watches; the statuses
 * (the database is their one source: known and ignored terms are read by every frame, which marks
 * them lightly or not at all, and a change is announced through a second revision number without a
 * rebuild); own entries and notes for cards; the history of opened cards. The matcher and the
 * statuses are built before each revision is written, so a frame told to read again gets the new value.
 */
import { browser } from 'wxt/browser';
import { recordOpened } from '../db/history';
import { noteOf, setNote } from '../db/notes';
import { ownEntryPayload, withNote } from '../db/own-entry';
import { getOwnTerm, isOwnTermId, listOwnTerms, updateOwnTerm } from '../db/own-terms';
import { idsWithStatus, setStatus, statusOf } from '../db/statuses';
import type { GlossaryIndex } from '../glossary/lookup';
import { termsInDomains } from '../glossary/domain-packs';
import { entryPayloadOf, type EntryPayload } from '../glossary/payloads';
import { MATCHER_REBUILD_DEBOUNCE_MS } from '../limits';
import { buildLayout } from '../matcher/compile';
import { entriesOfTerms } from '../matcher/entries';
import { layoutForMessage } from '../matcher/layout';
import { joinTermIds } from '../matcher/term-ids';
import { isMatchableOwnTerm, termsWithOwn } from '../matcher/with-own';
import type { PageMatcherMessage, TermStatuses } from '../messages';
import { siteOf } from '../settings';
import { loadSettings } from './settings-store';
import { readerDb } from './reader-db';
import { MATCHER_REVISION_KEY, STATUS_REVISION_KEY } from './reader-revision';
import { moveUnmarkedTerms } from './unmarked-migration';
import type { TermStatus } from '../term-status';

export function setUpReaderData(loadBundled: () => Promise<GlossaryIndex>) {
  let matcher: Promise<PageMatcherMessage> | undefined;
  /** The known and ignored ids, read once for every frame that starts (a page of 200 frames asks 200 times) until they change. */
  let statuses: Promise<TermStatuses> | undefined;
  let rebuildTimer: ReturnType<typeof setTimeout> | undefined;

  async function build(): Promise<PageMatcherMessage> {
    const start = performance.now();
    try {
      return await compile();
    } finally {
      // Read by scripts/bench/own-glossary-in-browser.ts (through the service worker's DevTools session).
      performance.measure('termlens:matcher-build', { start, end: performance.now() });
    }
  }

  async function compile(): Promise<PageMatcherMessage> {
    const { glossary } = await loadBundled();
    // Without a database (a private window that refuses IndexedDB, a failed upgrade) pages still get the bundled glossary.
    const own = await listOwnTerms(readerDb()).catch((error: unknown) => (console.error('TermLens: reader database unavailable', error), []));
    // Statuses are not compiled in: a frame drops ignored terms and lightens known ones itself, so a status costs no rebuild.
    // Domains switched off in the options are left out; own terms never are.
    const { offDomains } = await loadSettings();
    // A damaged own term (an old backup, a record written by a bug) is left out and named here, never fatal to the rest.
    const damaged = own.filter((term) => !isMatchableOwnTerm(term));
    if (damaged.length > 0) console.warn(`TermLens: ${damaged.length} own term(s) left out of the page matcher:`, damaged.slice(0, 20).map((term) => String(term.id)));
    const terms = termsWithOwn(termsInDomains(glossary.terms, offDomains), own, new Set());
    return { ids: joinTermIds(terms.map((t) => t.id)), layout: layoutForMessage(buildLayout(entriesOfTerms(terms))) };
  }

  /** Built once per change. */
  function pageMatcher(): Promise<PageMatcherMessage> {
    return (matcher ??= build());
  }

  function termStatuses(): Promise<TermStatuses> {
    return (statuses ??= (async () => {
      const db = readerDb();
      const [known, ignored] = await Promise.all([idsWithStatus(db, 'known'), idsWithStatus(db, 'ignored')]).catch(() => [[], []]);
      return { known, ignored };
    })());
  }

  function changed(): void {
    statuses = undefined; // a restore or an import may have changed them too
    clearTimeout(rebuildTimer);
    rebuildTimer = setTimeout(() => {
      matcher = undefined;
      // Announced once built: a frame that asks then gets the new matcher without waiting.
      void Promise.all([pageMatcher(), termStatuses()])
        .then(() => browser.storage.local.set({ [MATCHER_REVISION_KEY]: Date.now() }))
        .catch((error) => console.error('TermLens: matcher rebuild failed', error));
    }, MATCHER_REBUILD_DEBOUNCE_MS);
  }

  /** The statuses read again (and cached), then announced. */
  const announceStatuses = async () => {
    statuses = undefined;
    await termStatuses();
    await browser.storage.local.set({ [STATUS_REVISION_KEY]: Date.now() });
  };

  // An older version kept "Don't mark this term" in the settings: moved into the database once.
  void moveUnmarkedTerms(readerDb()).then(async (moved) => {
    if (moved === 0) return;
    await announceStatuses();
  }, (error: unknown) => console.error('TermLens: unmarked terms not moved', error));

  return {
    pageMatcher,
    changed,
    termStatuses,
    /** Statuses changed in the database by another part (sync): read again and announced to every frame. */
    statusesChanged: announceStatuses,
    async setTermStatus(id: string, status: TermStatus): Promise<boolean> {
      await setStatus(readerDb(), id, status);
      await announceStatuses();
      return true;
    },
    /** The reader's note: on an own term its own field, on a bundled term a record beside it (never in it). */
    async setTermNote(id: string, text: string): Promise<boolean> {
      const db = readerDb();
      if (!isOwnTermId(id)) await setNote(db, id, text);
      else if (!(await updateOwnTerm(db, id, (own) => ({ ...own, note: text.trim(), updatedAt: Date.now() })))) return false;
      return true;
    },
    async entry(id: string): Promise<EntryPayload | null> {
      const db = readerDb();
      const status = await statusOf(db, id).catch((): TermStatus => 'new');
      if (isOwnTermId(id)) {
        const own = await getOwnTerm(db, id);
        return own ? { ...ownEntryPayload(own), status } : null;
      }
      const payload = entryPayloadOf(await loadBundled(), id);
      return payload && { ...withNote(payload, await noteOf(db, id).catch(() => undefined)), status };
    },
    /** A card opened in a page: its term, time and site; the full address only if the reader chose it. */
    async cardOpened(payload: EntryPayload, pageUrl: string | undefined): Promise<void> {
      const site = siteOf(pageUrl);
      if (!site) return; // file: and extension pages are not "sites met"
      const { historyFullUrl } = await loadSettings();
      await recordOpened(readerDb(), { termId: payload.term.id, term: payload.term.term, at: Date.now(), site, ...(historyFullUrl && pageUrl ? { url: pageUrl } : {}) });
    },
  };
}
