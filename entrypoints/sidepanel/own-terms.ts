/**
 * The side panel's "Your terms": own terms by their spelling, through an index read once (every
 * shard, up to 100,000 terms) and kept until the reader's terms change (a save here, or the
 * background's matcher revision after an import or a save elsewhere). Statuses go through the background.
 */
import { browser } from 'wxt/browser';
import type { OwnTermsData } from '../../components/OwnTermsList';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { MATCHER_REVISION_KEY } from '../../lib/browser/reader-revision';
import { deleteOwnTerms, listOwnTerms, restoreOwnTerms } from '../../lib/db/own-terms';
import { send } from '../../lib/browser/messaging';
import { OwnTermsIndex } from '../../lib/own-terms-index';

let cached: { revision: number; storedRevision: unknown; index: Promise<OwnTermsIndex> } | undefined;
let storedRevision: unknown;
const watchers = new Set<() => void>();

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(MATCHER_REVISION_KEY in changes)) return;
  storedRevision = changes[MATCHER_REVISION_KEY]!.newValue;
  for (const watcher of watchers) watcher();
});

/** The index is read again on next use (this page deleted or restored terms). */
const forget = () => void (cached = undefined);

/** The index for this revision of the reader's data, read from the shards only when it changed. */
function ownTermsIndex(revision: number): Promise<OwnTermsIndex> {
  if (cached?.revision === revision && cached.storedRevision === storedRevision) return cached.index;
  const index = listOwnTerms(readerDb()).then((terms) => new OwnTermsIndex(terms));
  cached = { revision, storedRevision, index };
  index.catch(() => (cached = undefined));
  return index;
}

export const ownTermsData: OwnTermsData = {
  async load(prefix, limit, revision) {
    const { terms, total } = (await ownTermsIndex(revision)).window(prefix, limit);
    const statuses = await readerDb().statuses.bulkGet(terms.map((r) => r.id));
    return { terms, total, statuses: Object.fromEntries(statuses.flatMap((s) => (s ? [[s.termId, s.status]] : []))) };
  },
  watch(onChange) {
    watchers.add(onChange);
    return () => watchers.delete(onChange);
  },
  async matchingIds(prefix) {
    const index = await ownTermsIndex(cached?.revision ?? 0);
    return index.window(prefix, index.size).terms.map((term) => term.id);
  },
  async remove(ids) {
    const db = readerDb();
    const deleted = await deleteOwnTerms(db, ids);
    forget();
    await announceReaderDataChanged();
    return async () => {
      await restoreOwnTerms(db, deleted);
      forget();
      await announceReaderDataChanged();
    };
  },
  async setStatus(termId, status) {
    if (!(await send({ type: 'set-term-status', id: termId, status }))) throw new Error(`status of ${termId} not saved`);
  },
};
