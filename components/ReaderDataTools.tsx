/** Export (Anki TSV, CSV), full backup and restore of the reader's own data, and its two options. */
import { useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import type { Settings } from '../lib/settings';
import { KnownMarkOptions } from './KnownMarkOptions';
import { RestoreBackup, type RestoreBackupProps } from './RestoreBackup';

export type ExportKind = 'anki' | 'csv' | 'backup';

export interface ReaderDataToolsProps {
  ownTermCount: number;
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  onExport: (kind: ExportKind) => void;
  /** Restore: preview a file, restore it as chosen, undo the last restore. */
  restore: RestoreBackupProps;
  /** Sends the own terms to a running Anki; resolves with the message to show, rejects with the reason. Called at once in the click (a permission prompt needs the gesture). */
  onSendToAnki: () => Promise<string>;
}

export function ReaderDataTools({ ownTermCount, settings, onSettingsChange, onExport, restore, onSendToAnki }: ReaderDataToolsProps) {
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
  return (
    <section class="reader-data">
      <h2>{t('backupTitle')}</h2>
      <p>{t('ownTermCount', ownTermCount)}</p>
      <p>
        <button type="button" onClick={() => onExport('anki')}>{t('exportAnki')}</button>{' '}
        <button type="button" onClick={() => onExport('csv')}>{t('exportCsv')}</button>{' '}
        <button type="button" onClick={() => onExport('backup')}>{t('exportBackup')}</button>{' '}
        <button type="button" disabled={sending || ownTermCount === 0} onClick={() => void send()}>{t('sendToAnki')}</button>
      </p>
      {status && <p role={status.error ? 'alert' : 'status'}>{status.text}</p>}
      <RestoreBackup {...restore} />
      <KnownMarkOptions settings={settings} onSettingsChange={onSettingsChange} />
      <label>
        <input type="checkbox" checked={settings.historyFullUrl} onChange={(e) => onSettingsChange({ ...settings, historyFullUrl: (e.currentTarget as HTMLInputElement).checked })} />
        {t('optHistoryFullUrl')}
      </label>
    </section>
  );
}
