import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { RELATED_ON_CARD } from '../lib/limits';
import type { Theme } from '../lib/dom/page-theme';
import type { DefinitionLanguages, DisplayScript } from '../lib/settings';
import type { CardEntry } from './card-entry';
import { CardBar, type CardNav } from './CardBar';
import { FeedbackLine, useFeedback, type Feedback } from './CardFeedback';
import { CardReaderControls, STATUS_LABELS } from './CardReaderControls';
import { TermCard } from './TermCard';
import type { TermStatus } from '../lib/term-status';
import type { SenseReason } from '../lib/matcher/sense-evidence';

/** What the card's buttons do; the content script supplies them (clipboard, speech, settings). */
export interface CardActions {
  copy(): Promise<boolean>;
  /** Absent where the browser has no Mandarin voice: the button then says so when pressed. */
  pronounce?: { network: boolean; speak(): void };
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
  /** Why the page's everyday word was marked as this term (Matcher.explain), if it needed evidence. */
  senseReason?: SenseReason;
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
  /** Status and note controls; without it the card has none (nor "Don't mark this term"). */
  reader?: CardReader;
  /** Opened from the keyboard: focus moves into the card so it is read out and Tab reaches its links. */
  takeFocus?: boolean;
  /** Back and Forward through the pages this card has shown. */
  nav?: CardNav;
}

/** The card shown over a page: a labelled dialog around the shared TermCard, with its actions. */
export function HoverCard(props: HoverCardProps) {
  const { entry, heading, theme, actions, takeFocus = false } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const [feedback, setFeedback] = useFeedback(entry.term.id);
  // The reader's layer as they change it here: shown at once, saved through `reader`.
  const [termStatus, setTermStatus] = useState(props.reader?.status ?? 'new');
  const [note, setNote] = useState(entry.note);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [takeFocus, entry.term.id]);
  useEffect(() => {
    setTermStatus(props.reader?.status ?? 'new');
    setNote(entry.note);
  }, [entry.term.id]);
  const reader = props.reader;

  /** A status set by a click, said with an Undo that puts the one before back. */
  function changeStatus(next: TermStatus, said: (ok: boolean) => Feedback): void {
    if (!reader) return;
    const before = termStatus;
    setTermStatus(next);
    void reader.setStatus(next).then(
      (ok) => {
        if (!ok) setTermStatus(before);
        setFeedback(ok ? { ...said(ok), undo: () => changeStatus(before, () => ({ text: before === 'ignored' ? t('unmarkedDone') : next === 'ignored' ? t('unmarkUndone') : t('statusSaved', t(STATUS_LABELS[before])) })) } : said(ok));
      },
      () => setFeedback({ text: t('saveFailed') }),
    );
  }

  return (
    <div class={`tl-hover tl-theme-${theme}`} role="dialog" aria-label={`${heading} — TermLens`} tabIndex={-1} ref={dialog}>
      <CardBar nav={props.nav} onClose={props.onClose} />
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
        showMatch
        senseReason={props.senseReason}
        beforeDetails={
          <CardButtons
            actions={actions}
            feedback={feedback}
            onResult={setFeedback}
            onUnmark={reader && termStatus !== 'ignored' ? () => changeStatus('ignored', (ok) => ({ text: ok ? t('unmarkedDone') : t('saveFailed') })) : undefined}
          />
        }
      />
      {reader && (
        <CardReaderControls
          termId={entry.term.id}
          term={heading}
          status={termStatus}
          note={note}
          onStatus={(next) => changeStatus(next, (ok) => ({ text: ok ? t('statusSaved', t(STATUS_LABELS[next])) : t('saveFailed') }))}
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
function CardButtons({ actions, feedback, onResult, onUnmark }: { actions: CardActions; feedback: Feedback | undefined; onResult: (f: Feedback | undefined) => void; onUnmark?: () => void }) {
  const pronounce = actions.pronounce;
  return (
    <div class="tl-actions" role="group" aria-label="TermLens">
      <button type="button" onClick={() => void actions.copy().then((ok) => onResult({ text: t(ok ? 'copied' : 'copyFailed') }))}>
        {t('copyEntry')}
      </button>
      <button
        type="button"
        aria-label={pronounce?.network ? t('pronounceNetwork') : t('pronounce')}
        title={pronounce ? (pronounce.network ? t('pronounceNetwork') : undefined) : t('noMandarinVoice')}
        onClick={pronounce ? pronounce.speak : () => onResult({ text: t('noMandarinVoice') })}
      >
        {t('pronounce')}
        {pronounce?.network && ' ☁'}
      </button>
      {onUnmark && (
        <button type="button" title={t('unmarkTermRevealed')} onClick={onUnmark}>
          {t('unmarkTerm')}
        </button>
      )}
      <FeedbackLine feedback={feedback} onUndone={() => onResult(undefined)} />
    </div>
  );
}
