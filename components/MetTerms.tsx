/** "Met terms": every term whose card the reader opened, how often, when and where last; a status per term. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import type { MetTerm } from '../lib/db/history';
import { StatusSelect } from './StatusSelect';
import type { TermStatus } from '../lib/term-status';

export interface MetTermsData {
  load: () => Promise<{ met: MetTerm[]; statuses: Record<string, TermStatus> }>;
  clear: () => Promise<void>;
  setStatus: (termId: string, status: TermStatus) => Promise<void>;
}

export function MetTerms({ data, onOpenEntry, canOpen }: { data: MetTermsData; onOpenEntry: (id: string) => void; canOpen: (id: string) => boolean }) {
  const [state, setState] = useState<{ met: MetTerm[]; statuses: Record<string, TermStatus> }>();
  const reload = () => void data.load().then(setState, () => setState({ met: [], statuses: {} }));
  useEffect(reload, [data]);
  if (!state) return null;
  if (state.met.length === 0) return <p class="tl-empty">{t('metEmpty')}</p>;
  return (
    <div class="tl-met">
      <ul data-testid="met-terms">
        {state.met.map((m) => (
          <li key={m.termId}>
            {canOpen(m.termId) ? (
              <button type="button" class="tl-row-term" onClick={() => onOpenEntry(m.termId)}>
                {m.term}
              </button>
            ) : (
              <span class="tl-row-term">{m.term}</span>
            )}{' '}
            <span class="tl-count">{t('metCount', m.count)}</span>{' '}
            <span class="tl-met-last">{t('metLastSeen', new Date(m.lastSeen).toLocaleString(), m.lastSite)}</span>{' '}
            <StatusSelect term={m.term} value={state.statuses[m.termId] ?? 'new'} onChange={(status) => void data.setStatus(m.termId, status).then(reload)} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void data.clear().then(reload)}>
        {t('metClear')}
      </button>
    </div>
  );
}
