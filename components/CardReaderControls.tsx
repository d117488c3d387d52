/**
 * The reader's own layer on a card: the term's status (new / learning / known / ignored, a labelled
 * radio group: Tab reaches it, arrows move within it) and a note, edited in place. The note itself
 * is shown by TermCard under the definition; this only edits it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/browser/i18n';
import { MAX_NOTE_CHARS } from '../lib/limits';
import { TERM_STATUSES, type TermStatus } from '../lib/term-status';

export const STATUS_LABELS: Record<TermStatus, MessageKey> = { new: 'statusNew', learning: 'statusLearning', known: 'statusKnown', ignored: 'statusIgnored' };

export interface CardReaderControlsProps {
  termId: string;
  term: string;
  status: TermStatus;
  note: string | undefined;
  onStatus: (status: TermStatus) => void;
  /** Saves the note (an empty one removes it); resolves false where it could not be saved. */
  onSaveNote: (text: string) => Promise<boolean>;
}

export function CardReaderControls({ termId, term, status, note, onStatus, onSaveNote }: CardReaderControlsProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setEditing(false);
    setFailed(false);
  }, [termId]);
  useEffect(() => {
    if (editing) box.current?.focus({ preventScroll: true });
  }, [editing]);

  const save = async (e: Event) => {
    e.preventDefault();
    const ok = await onSaveNote(draft).catch(() => false);
    setFailed(!ok);
    if (ok) setEditing(false);
  };

  return (
    <div class="tl-reader">
      <fieldset class="tl-status-group">
        <legend>{t('cardStatus')}</legend>
        {TERM_STATUSES.map((s) => (
          <label key={s}>
            <input type="radio" name={`tl-status-${termId}`} value={s} checked={status === s} onChange={() => onStatus(s)} />
            {t(STATUS_LABELS[s])}
          </label>
        ))}
      </fieldset>
      {editing ? (
        <form
          class="tl-note-edit"
          onSubmit={(e) => void save(e)}
          // Typing here is the reader's, not the page's: a page's own key shortcuts (j, k, /) must not see it.
          onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
        >
          <label>
            {t('cardNoteLabel', term)}
            <textarea ref={box} value={draft} maxLength={MAX_NOTE_CHARS} rows={3} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <div class="tl-note-buttons">
            <button type="submit">{t('cardNoteSave')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('cardNoteCancel')}
            </button>
          </div>
          {failed && <p role="alert">{t('cardNoteFailed')}</p>}
        </form>
      ) : (
        <button
          type="button"
          class="tl-note-open"
          onClick={() => {
            setDraft(note ?? '');
            setEditing(true);
          }}
        >
          {note ? t('cardNoteEdit') : t('cardNoteAdd')}
        </button>
      )}
    </div>
  );
}
