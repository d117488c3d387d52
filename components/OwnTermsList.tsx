/**
 * "Your terms" under the add form: the reader's own terms (a window of them, filtered by how they
 * start, with "Show more": the list may hold 100,000 imported ones), each with its status; deleted
 * one by one (at once, with Undo) or in bulk (selected, or all the filter finds, after a
 * confirmation that says how many, with Undo).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { StatusSelect } from './StatusSelect';
import type { TermStatus } from '../lib/term-status';
import { OwnTermsDeleteBar, type DeleteState } from './OwnTermsDeleteBar';

export interface OwnTermsData {
  /** The first `limit` own terms starting with `prefix` (all for ""), how many start with it, and their statuses. `revision` changes when this page saved a term. */
  load: (prefix: string, limit: number, revision: number) => Promise<{ terms: { id: string; term: string }[]; total: number; statuses: Record<string, TermStatus> }>;
  /** Calls `onChange` when the own terms changed elsewhere (an import, another page); returns the unsubscribe. */
  watch?: (onChange: () => void) => () => void;
  setStatus: (termId: string, status: TermStatus) => Promise<void>;
  /** Every own term's id that starts with `prefix` (all for ""), for "Select all". */
  matchingIds: (prefix: string) => Promise<string[]>;
  /** Deletes these own terms; resolves to what puts them back. */
  remove: (ids: string[]) => Promise<() => Promise<void>>;
}

/** Rows shown at first and added by each "Show more": a screenful or two; the filter finds the rest. */
export const OWN_TERMS_PAGE_ROWS = 50;

export function OwnTermsList({ data, revision }: { data: OwnTermsData; /** Bumped when a term was saved: the list is read again. */ revision: number }) {
  const [prefix, setPrefix] = useState('');
  const [limit, setLimit] = useState(OWN_TERMS_PAGE_ROWS);
  /** Bumped to read the window again (a status set here, terms changed elsewhere); the data layer knows whether its index is stale. */
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<Awaited<ReturnType<OwnTermsData['load']>>>();
  const reload = () => {
    let current = true;
    data.load(prefix.trim(), limit, revision).then(
      (next) => current && setState(next),
      () => current && setState({ terms: [], total: 0, statuses: {} }),
    );
    // A slower answer for an older filter must not replace a newer one.
    return () => void (current = false);
  };
  useEffect(reload, [data, prefix, limit, revision, tick]);
  useEffect(() => data.watch?.(() => setTick((n) => n + 1)), [data]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<DeleteState>({ step: 'idle' });
  const toggle = (id: string, on: boolean) => setSelected((old) => {
    const next = new Set(old);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  /** Deletes at once and offers Undo (one row's button, or a confirmed selection). */
  const remove = (ids: string[]) => {
    setDeleting({ step: 'working' });
    data.remove(ids).then(
      (undo) => {
        setSelected(new Set());
        setDeleting({ step: 'done', count: ids.length, undo });
        setTick((n) => n + 1);
      },
      (error: unknown) => setDeleting({ step: 'failed', error: String(error) }),
    );
  };
  const undo = (run: () => Promise<void>) => {
    setDeleting({ step: 'working' });
    run().then(() => (setDeleting({ step: 'idle' }), setTick((n) => n + 1)), (error: unknown) => setDeleting({ step: 'failed', error: String(error) }));
  };
  return (
    <section class="tl-own-terms" aria-labelledby="tl-own-terms-heading">
      <h2 id="tl-own-terms-heading">{t('ownTermsHeading')}</h2>
      <input type="search" class="tl-filter" aria-label={t('ownTermsFilter')} placeholder={t('ownTermsFilter')} value={prefix} onInput={(e) => (setPrefix(e.currentTarget.value), setLimit(OWN_TERMS_PAGE_ROWS))} />
      {state && state.terms.length === 0 && <p class="tl-muted">{t('ownTermsEmpty')}</p>}
      {state && state.total > 0 && (
        <div class="tl-own-tools">
          <button type="button" onClick={() => void data.matchingIds(prefix.trim()).then((ids) => setSelected(new Set(ids)))}>
            {t('ownTermsSelectAll', state.total)}
          </button>
          {selected.size > 0 && (
            <>
              <button type="button" class="tl-danger" onClick={() => setDeleting({ step: 'confirm', ids: [...selected] })}>
                {t('ownTermsDeleteSelected', selected.size)}
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>{t('ownTermsClearSelection')}</button>
            </>
          )}
        </div>
      )}
      <OwnTermsDeleteBar state={deleting} onConfirm={remove} onCancel={() => setDeleting({ step: 'idle' })} onUndo={undo} />
      {state && state.terms.length > 0 && (
        <ul class="tl-plain" data-testid="own-terms">
          {state.terms.map(({ id, term }) => (
            <li key={id} class="tl-own-row">
              <label class="tl-own-pick">
                <input type="checkbox" aria-label={t('ownTermsSelect', term)} checked={selected.has(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
                <span lang="zh">{term}</span>
              </label>{' '}
              <StatusSelect
                term={term}
                value={state.statuses[id] ?? 'new'}
                onChange={(status) => void data.setStatus(id, status).then(() => setTick((n) => n + 1), () => setTick((n) => n + 1))}
              />
              <button type="button" class="tl-own-delete" aria-label={t('ownTermsDeleteOne', term)} onClick={() => remove([id])}>
                {t('ownTermsDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {state && state.total > state.terms.length && (
        <button type="button" class="tl-more" onClick={() => setLimit((n) => n + OWN_TERMS_PAGE_ROWS)}>
          {t('ownTermsMore', Math.min(OWN_TERMS_PAGE_ROWS, state.total - state.terms.length), state.total - state.terms.length)}
        </button>
      )}
    </section>
  );
}
