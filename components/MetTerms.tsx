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

/** What a met term's row says of it beside its name: its reading and its English. */
export interface MetGloss {
  pinyin: string;
  english: string;
}

export interface MetTermsProps {
  data: MetTermsData;
  onOpenEntry: (id: string) => void;
  canOpen: (id: string) => boolean;
  /** The reading and English of a term, where the glossary has it. */
  glossOf?: (id: string) => MetGloss | undefined;
}

export function MetTerms({ data, onOpenEntry, canOpen, glossOf }: MetTermsProps) {
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
            <MetGlossLine gloss={glossOf?.(m.termId)} />
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

function MetGlossLine({ gloss }: { gloss: MetGloss | undefined }) {
  if (!gloss || (!gloss.pinyin && !gloss.english)) return null;
  return (
    <span class="tl-met-gloss">
      {gloss.pinyin && <span class="tl-met-pinyin">{gloss.pinyin}</span>}
      {gloss.english && <span class="tl-met-english">{gloss.english}</span>}
    </span>
  );
}
