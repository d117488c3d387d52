/**
 * The parts of the options' Your glossary section after Import: exports, Send to Anki, and backup
 * with restore. A control that cannot be used says why beside it.
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { OptionsPart } from './OptionsSection';
import { RestoreBackup, type RestoreBackupProps } from './RestoreBackup';

export type ExportKind = 'anki' | 'csv' | 'backup';

export interface ReaderDataToolsProps {
  ownTermCount: number;
  onExport: (kind: ExportKind) => void;
  /** Restore: preview a file, restore it as chosen, undo the last restore. */
  restore: RestoreBackupProps;
  /** Sends the own terms to a running Anki; resolves with the message to show, rejects with the reason. Called at once in the click (a permission prompt needs the gesture). */
  onSendToAnki: () => Promise<string>;
}

function AnkiPart({ ownTermCount, onSendToAnki }: Pick<ReaderDataToolsProps, 'ownTermCount' | 'onSendToAnki'>) {
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const [sending, setSending] = useState(false);
  const send = async () => {
    const sent = onSendToAnki(); // first, inside the click
    setSending(true);
    setStatus({ text: t('ankiSending'), error: false });
    try {
      setStatus({ text: await sent, error: false });
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true });
    }
    setSending(false);
  };
  const why = sending ? 'ankiBusy' : ownTermCount === 0 ? 'ankiNeedsTerms' : undefined;
  return (
    <OptionsPart title="subAnki">
      <p class="tl-hint" id="tl-anki-how">
        {t('ankiHow')}
      </p>
      <p class="tl-buttons">
        <button type="button" disabled={!!why} aria-describedby={why ? 'tl-anki-why tl-anki-how' : 'tl-anki-how'} onClick={() => void send()}>
          {t('sendToAnki')}
        </button>
        {why && (
          <span id="tl-anki-why" class="tl-why">
            {t(why)}
          </span>
        )}
      </p>
      {status && <p class={status.error ? 'tl-error' : 'tl-status'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </OptionsPart>
  );
}

export function ReaderDataTools({ ownTermCount, onExport, restore, onSendToAnki }: ReaderDataToolsProps) {
  const none = ownTermCount === 0;
  return (
    <div class="reader-data">
      <OptionsPart title="subExport">
        <p>{t('ownTermCount', ownTermCount)}</p>
        <p class="tl-buttons">
          <button type="button" disabled={none} aria-describedby={none ? 'tl-export-why' : undefined} onClick={() => onExport('anki')}>
            {t('exportAnki')}
          </button>
          <button type="button" disabled={none} aria-describedby={none ? 'tl-export-why' : undefined} onClick={() => onExport('csv')}>
            {t('exportCsv')}
          </button>
        </p>
        {none && (
          <p id="tl-export-why" class="tl-why">
            {t('exportNeedsTerms')}
          </p>
        )}
      </OptionsPart>
      <AnkiPart ownTermCount={ownTermCount} onSendToAnki={onSendToAnki} />
      <OptionsPart title="subRestore">
        <p class="tl-buttons">
          <button type="button" onClick={() => onExport('backup')}>
            {t('exportBackup')}
          </button>
        </p>
        <RestoreBackup {...restore} />
      </OptionsPart>
    </div>
  );
}
