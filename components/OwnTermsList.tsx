/**
 * "Your terms" under the add form: the reader's own terms (a page of them, filtered by how they
 * start: the list may hold 100,000 imported ones), each with its status.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { TERM_STATUSES, type TermStatus } from '../lib/db/types';
import { STATUS_LABELS } from './CardReaderControls';

export interface OwnTermsData {
  /** Own terms starting with `prefix` (all for ""), a page of them, with their statuses. */
  load: (prefix: string) => Promise<{ terms: { id: string; term: string }[]; statuses: Record<string, TermStatus> }>;
  setStatus: (termId: string, status: TermStatus) => Promise<void>;
}

export function OwnTermsList({ data, revision }: { data: OwnTermsData; /** Bumped when a term was saved: the list is read again. */ revision: number }) {
  const [prefix, setPrefix] = useState('');
  const [state, setState] = useState<Awaited<ReturnType<OwnTermsData['load']>>>();
  const reload = () => void data.load(prefix.trim()).then(setState, () => setState({ terms: [], statuses: {} }));
  useEffect(reload, [data, prefix, revision]);
  return (
    <section class="tl-own-terms" aria-labelledby="tl-own-terms-heading">
      <h2 id="tl-own-terms-heading">{t('ownTermsHeading')}</h2>
      <input type="search" class="tl-filter" aria-label={t('ownTermsFilter')} placeholder={t('ownTermsFilter')} value={prefix} onInput={(e) => setPrefix(e.currentTarget.value)} />
      {state && state.terms.length === 0 && <p class="tl-muted">{t('ownTermsEmpty')}</p>}
      {state && state.terms.length > 0 && (
        <ul class="tl-plain" data-testid="own-terms">
          {state.terms.map(({ id, term }) => (
            <li key={id} class="tl-own-row">
              <span lang="zh">{term}</span>{' '}
              <select
                aria-label={t('statusLabel', term)}
                value={state.statuses[id] ?? 'new'}
                onChange={(e) => void data.setStatus(id, (e.currentTarget as HTMLSelectElement).value as TermStatus).then(reload, reload)}
              >
                {TERM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(STATUS_LABELS[s])}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
