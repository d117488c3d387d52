/**
 * The options page's list of terms not marked ("Don't mark this term", or "Ignored" chosen anywhere):
 * read from the reader's database, named from the bundled glossary or the own term, and read again
 * whenever a status changes, wherever it was changed.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { idsWithStatus } from '../../lib/db/statuses';
import { getOwnTerm, isOwnTermId } from '../../lib/db/own-terms';
import { send } from '../../lib/browser/messaging';
import { readerDb } from '../../lib/browser/reader-db';
import { MATCHER_REVISION_KEY, STATUS_REVISION_KEY } from '../../lib/browser/reader-revision';

export interface IgnoredTerm {
  id: string;
  term: string;
}

async function loadIgnored(names: ReadonlyMap<string, string> | undefined): Promise<IgnoredTerm[]> {
  const db = readerDb();
  const ids = await idsWithStatus(db, 'ignored');
  const own = new Map((await Promise.all(ids.filter(isOwnTermId).map((id) => getOwnTerm(db, id)))).flatMap((t) => (t ? [[t.id, t.term] as const] : [])));
  // An id with no name (a term a newer glossary dropped) is shown as it is: it can still be marked again.
  return ids.map((id) => ({ id, term: own.get(id) ?? names?.get(id) ?? id }));
}

export function useIgnoredTerms(names: ReadonlyMap<string, string> | undefined): { ignored: IgnoredTerm[]; markAgain: (id: string) => void } {
  const [ignored, setIgnored] = useState<IgnoredTerm[]>([]);
  useEffect(() => {
    const reload = () => void loadIgnored(names).then(setIgnored, () => setIgnored([]));
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (STATUS_REVISION_KEY in changes || MATCHER_REVISION_KEY in changes)) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [names]);
  return { ignored, markAgain: (id) => void send({ type: 'set-term-status', id, status: 'new' }).catch(() => {}) };
}
