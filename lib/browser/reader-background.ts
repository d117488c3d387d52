/**
 * The background's side of the reader's own data: the page matcher built from the bundled glossary
 * plus own terms and statuses, rebuilt (debounced) when they change and announced to every frame
 * through a revision number in storage.local, which every content script already watches; own
 * entries and notes for cards; the history of opened cards.
 */
import { browser } from 'wxt/browser';
import { recordOpened } from '../db/history';
import { noteOf } from '../db/notes';
import { ownEntryPayload, withNote } from '../db/own-entry';
import { getOwnTerm, isOwnTermId, listOwnTerms } from '../db/own-terms';
import { idsWithStatus } from '../db/statuses';
import type { GlossaryIndex } from '../glossary/lookup';
import { entryPayloadOf, type EntryPayload } from '../glossary/payloads';
import { MATCHER_REBUILD_DEBOUNCE_MS } from '../limits';
import { buildLayout } from '../matcher/compile';
import { entriesOfTerms } from '../matcher/entries';
import { layoutForMessage, type LayoutMessage } from '../matcher/layout';
import { termsWithOwn } from '../matcher/with-own';
import type { PageMatcher } from '../messages';
import { siteOf } from '../settings';
import { loadSettings, watchSettings } from './settings-store';
import { readerDb } from './reader-db';
import { MATCHER_REVISION_KEY } from './reader-revision';


export function setUpReaderData(loadBundled: () => Promise<GlossaryIndex>) {
  let matcher: Promise<PageMatcher<LayoutMessage>> | undefined;
  let rebuildTimer: ReturnType<typeof setTimeout> | undefined;

  async function build(): Promise<PageMatcher<LayoutMessage>> {
    const [{ glossary }, settings] = await Promise.all([loadBundled(), loadSettings()]);
    const db = readerDb();
    // Without a database (a private window that refuses IndexedDB, a failed upgrade) pages still get the bundled glossary.
    const [own, ignored, known] = await Promise.all([listOwnTerms(db), idsWithStatus(db, 'ignored'), settings.hideKnown ? idsWithStatus(db, 'known') : []]).catch(
      (error: unknown) => (console.error('TermLens: reader database unavailable', error), [[], [], []] as [never[], string[], string[]]),
    );
    const terms = termsWithOwn(glossary.terms, own, new Set([...ignored, ...known]));
    return { ids: terms.map((t) => t.id), layout: layoutForMessage(buildLayout(entriesOfTerms(terms))) };
  }

  function changed(): void {
    clearTimeout(rebuildTimer);
    rebuildTimer = setTimeout(() => {
      const next = build();
      matcher = next;
      // Announced once built: a frame that asks then gets the new matcher without waiting.
      void next.then(() => browser.storage.local.set({ [MATCHER_REVISION_KEY]: Date.now() })).catch((error) => console.error('TermLens: matcher rebuild failed', error));
    }, MATCHER_REBUILD_DEBOUNCE_MS);
  }

  // Hiding known terms is a setting: its change rebuilds like a data change.
  let hideKnown: boolean | undefined;
  void loadSettings().then((s) => (hideKnown ??= s.hideKnown));
  watchSettings((s) => {
    if (hideKnown !== undefined && s.hideKnown !== hideKnown) changed();
    hideKnown = s.hideKnown;
  });

  return {
    pageMatcher: () => (matcher ??= build()),
    changed,
    async entry(id: string): Promise<EntryPayload | null> {
      const db = readerDb();
      if (isOwnTermId(id)) {
        const own = await getOwnTerm(db, id);
        return own ? ownEntryPayload(own) : null;
      }
      const payload = entryPayloadOf(await loadBundled(), id);
      return payload && withNote(payload, await noteOf(db, id).catch(() => undefined));
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
