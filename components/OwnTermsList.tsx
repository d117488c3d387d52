/**
 * "Your terms" under the add form: the reader's own terms (a window of them, filtered by how they
 * start, with "Show more": the list may hold 100,000 imported ones), each with its status.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { StatusSelect } from './StatusSelect';
import type { TermStatus } from '../lib/term-status';

export interface OwnTermsData {
  /** The first `limit` own terms starting with `prefix` (all for ""), how many start with it, and their statuses. `revision` changes when this page saved a term. */
  load: (prefix: string, limit: number, revision: number) => Promise<{ terms: { id: string; term: string }[]; total: number; statuses: Record<string, TermStatus> }>;
  /** Calls `onChange` when the own terms changed elsewhere (an import, another page); returns the unsubscribe. */
  watch?: (onChange: () => void) => () => void;
  setStatus: (termId: string, status: TermStatus) => Promise<void>;
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
  return (
    <section class="tl-own-terms" aria-labelledby="tl-own-terms-heading">
      <h2 id="tl-own-terms-heading">{t('ownTermsHeading')}</h2>
      <input type="search" class="tl-filter" aria-label={t('ownTermsFilter')} placeholder={t('ownTermsFilter')} value={prefix} onInput={(e) => (setPrefix(e.currentTarget.value), setLimit(OWN_TERMS_PAGE_ROWS))} />
      {state && state.terms.length === 0 && <p class="tl-muted">{t('ownTermsEmpty')}</p>}
      {state && state.terms.length > 0 && (
        <ul class="tl-plain" data-testid="own-terms">
          {state.terms.map(({ id, term }) => (
            <li key={id} class="tl-own-row">
              <span lang="zh">{term}</span>{' '}
              <StatusSelect
                term={term}
                value={state.statuses[id] ?? 'new'}
                onChange={(status) => void data.setStatus(id, status).then(() => setTick((n) => n + 1), () => setTick((n) => n + 1))}
              />
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
