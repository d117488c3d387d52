import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { RELATED_ON_CARD } from '../lib/limits';
import type { Theme } from '../lib/dom/page-theme';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import type { CardEntry } from './card-entry';
import { CardReaderControls, STATUS_LABELS } from './CardReaderControls';
import { TermCard } from './TermCard';
import type { TermStatus } from '../lib/term-status';

/** What the card's buttons do; the content script supplies them (clipboard, speech, settings). */
export interface CardActions {
  copy(): Promise<boolean>;
  /** Absent where the browser has no Mandarin voice: then there is no button. */
  pronounce?: { network: boolean; speak(): void };
  unmark(): void;
}

/** The reader's status and note for the card's term, kept in their database (through the background). */
export interface CardReader {
  status: TermStatus;
  setStatus(status: TermStatus): Promise<boolean>;
  /** Saves the note (an empty one removes it); resolves false where it was not saved. */
  saveNote(text: string): Promise<boolean>;
}

export interface HoverCardProps {
  entry: CardEntry;
  /** The term as the page writes it (text the walk read, capped), shown as the heading. */
  heading: string;
  languages?: DefinitionLanguages;
  script?: DisplayScript;
  pageLang?: string;
  theme: Theme;
  details: boolean;
  onToggleDetails: (shown: boolean) => void;
  onSelectTerm: (id: string) => void;
  onClose: () => void;
  /** Opens the full entry in the glossary sidebar. */
  onOpenEntry: (id: string) => void;
  actions: CardActions;
  /** Status and note controls; without it the card has none. */
  reader?: CardReader;
  /** Opened from the keyboard: focus moves into the card so it is read out and Tab reaches its links. */
  takeFocus?: boolean;
}

/** The card shown over a page: a labelled dialog around the shared TermCard, with its actions. */
export function HoverCard(props: HoverCardProps) {
  const { entry, heading, theme, actions, takeFocus = false } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  // The reader's layer as they change it here: shown at once, saved through `reader`.
  const [termStatus, setTermStatus] = useState(props.reader?.status ?? 'new');
  const [note, setNote] = useState(entry.note);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [takeFocus, entry.term.id]);
  useEffect(() => {
    setStatus('');
    setTermStatus(props.reader?.status ?? 'new');
    setNote(entry.note);
  }, [entry.term.id]);
  const reader = props.reader;
  return (
    <div class={`tl-hover tl-theme-${theme}`} role="dialog" aria-label={`${heading} — TermLens`} tabIndex={-1} ref={dialog}>
      <button type="button" class="tl-close" aria-label={t('close')} onClick={props.onClose}>
        ×
      </button>
      <TermCard
        entry={note === entry.note ? entry : { ...entry, note }}
        seenAs={heading}
        languages={props.languages}
        script={props.script}
        pageLang={props.pageLang}
        onSelectTerm={props.onSelectTerm}
        details={props.details}
        onToggleDetails={props.onToggleDetails}
        relatedLimit={RELATED_ON_CARD}
        onMoreRelated={() => props.onOpenEntry(entry.term.id)}
        beforeDetails={<CardButtons actions={actions} status={status} onResult={setStatus} />}
      />
      {reader && (
        <CardReaderControls
          termId={entry.term.id}
          term={heading}
          status={termStatus}
          note={note}
          onStatus={(next) => {
            setTermStatus(next);
            void reader.setStatus(next).then((ok) => setStatus(ok ? t('statusSaved', t(STATUS_LABELS[next])) : t('saveFailed')), () => setStatus(t('saveFailed')));
          }}
          onSaveNote={async (text) => {
            const ok = await reader.saveNote(text);
            if (ok) setNote(text.trim() || undefined);
            return ok;
          }}
        />
      )}
      <button type="button" class="tl-open-entry" onClick={() => props.onOpenEntry(entry.term.id)}>
        {t('openInSidebar')} →
      </button>
    </div>
  );
}

/** Copy, Pronounce and Don't mark, with the line that says how the last one went. */
function CardButtons({ actions, status, onResult }: { actions: CardActions; status: string; onResult: (text: string) => void }) {
  return (
    <div class="tl-actions" role="group" aria-label="TermLens">
      <button type="button" onClick={() => void actions.copy().then((ok) => onResult(t(ok ? 'copied' : 'copyFailed')))}>
        {t('copyEntry')}
      </button>
      {actions.pronounce && (
        <button
          type="button"
          aria-label={actions.pronounce.network ? t('pronounceNetwork') : t('pronounce')}
          title={actions.pronounce.network ? t('pronounceNetwork') : undefined}
          onClick={actions.pronounce.speak}
        >
          {t('pronounce')}
          {actions.pronounce.network && ' ☁'}
        </button>
      )}
      <button type="button" onClick={actions.unmark}>
        {t('unmarkTerm')}
      </button>
      <span class="tl-status" role="status">
        {status}
      </span>
    </div>
  );
}
