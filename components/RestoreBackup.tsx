/**
 * Restore a backup in two steps: choosing a file shows what Merge and Replace would each do (and what
 * the file holds that cannot be used); only the Restore button writes. The database as it was is kept,
 * and "Undo the last restore" puts it back.
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import type { DroppedRecord } from '../lib/db/backup-records';
import type { ListChange, RestoreMode, RestorePreview } from '../lib/db/restore';
import { OWN_TERMS_MAX } from '../lib/limits';

export interface RestoreChoice {
  fileName: string;
  preview: RestorePreview;
  dropped: DroppedRecord[];
}

export interface RestoreBackupProps {
  /** Reads and checks a file; writes nothing. Rejects with the reason a file is refused. */
  onPreview: (file: File) => Promise<RestoreChoice>;
  /** Writes the previewed backup as chosen; resolves with the message to show. */
  onRestore: (mode: RestoreMode) => Promise<string>;
  /** When the data from before the last restore was kept (ms), if it was. */
  keptAt?: number;
  /** Puts that data back; resolves with the message to show. */
  onUndo: () => Promise<string>;
}

const LISTS = [
  ['ownTerms', 'restoreListOwnTerms'],
  ['notes', 'restoreListNotes'],
  ['statuses', 'restoreListStatuses'],
  ['history', 'restoreListHistory'],
] as const;

const DROP_LIST_SHOWN = 5;

function changeLines(changes: Record<(typeof LISTS)[number][0], ListChange>): string[] {
  return LISTS.map(([list, key]) => t('restoreChangeLine', t(key), changes[list].added, changes[list].replaced, changes[list].removed));
}

export const keptDate = (at: number) => new Date(at).toLocaleString();

export function RestoreBackup({ onPreview, onRestore, keptAt, onUndo }: RestoreBackupProps) {
  const [choice, setChoice] = useState<RestoreChoice>();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean }>();

  const run = async (work: () => Promise<string>, failed = (m: string) => t('restoreFailed', m)) => {
    setBusy(true);
    try {
      setStatus({ text: await work(), error: false });
      setChoice(undefined);
    } catch (error) {
      setStatus({ text: failed((error as Error).message), error: true });
    }
    setBusy(false);
  };
  const chosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus(undefined);
    setMode('merge');
    try {
      setChoice(await onPreview(file));
    } catch (error) {
      setChoice(undefined);
      setStatus({ text: t('restoreFailed', (error as Error).message), error: true });
    }
  };

  return (
    <div class="restore">
      <label>
        {t('restoreBackup')}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void chosen(e.currentTarget as HTMLInputElement)} />
      </label>
      {choice && (
        <fieldset class="restore-preview">
          <legend>{t('restorePreviewTitle', choice.fileName)}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <div key={m}>
              <label>
                <input type="radio" name="restore-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                {t(m === 'merge' ? 'restoreModeMerge' : 'restoreModeReplace')}
              </label>
              <ul class="restore-changes" data-mode={m}>
                {changeLines(choice.preview[m]).map((line) => <li key={line}>{line}</li>)}
              </ul>
            </div>
          ))}
          {choice.dropped.length > 0 && (
            <div class="restore-dropped">
              <p>{t('restoreDropped', choice.dropped.length)}</p>
              <ul>
                {choice.dropped.slice(0, DROP_LIST_SHOWN).map((d) => (
                  <li key={`${d.table}${d.record}`}>{t('restoreDroppedLine', d.table, d.record, t(d.reason))}</li>
                ))}
                {choice.dropped.length > DROP_LIST_SHOWN && <li>…</li>}
              </ul>
            </div>
          )}
          {choice.preview.ownTermsAfter[mode] > OWN_TERMS_MAX && <p role="alert">{t('restoreTooManyTerms', choice.preview.ownTermsAfter[mode], OWN_TERMS_MAX)}</p>}
          <p>
            <button type="button" disabled={busy || choice.preview.ownTermsAfter[mode] > OWN_TERMS_MAX} onClick={() => void run(() => onRestore(mode))}>{t('restoreApply')}</button>{' '}
            <button type="button" disabled={busy} onClick={() => (setChoice(undefined), setStatus({ text: t('restoreCancelled'), error: false }))}>
              {t('importCancel')}
            </button>
          </p>
        </fieldset>
      )}
      {keptAt !== undefined && !choice && (
        <p>
          <button type="button" disabled={busy} onClick={() => void run(onUndo)}>{t('restoreUndo', keptDate(keptAt))}</button>
        </p>
      )}
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </div>
  );
}
