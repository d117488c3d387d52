/** The options page's section for the reader's own glossary: import, export, backup and restore. */
import { useEffect, useState } from 'preact/hooks';
import { ImportGlossary } from '../../components/ImportGlossary';
import { ReaderDataTools, type ExportKind } from '../../components/ReaderDataTools';
import { BackupInvalid, exportBackup, parseBackupText, restoreBackup, type Backup } from '../../lib/db/backup';
import { countOwnTerms, listOwnTerms } from '../../lib/db/own-terms';
import { ankiTsv, glossaryCsv } from '../../lib/export/glossary-export';
import { t, tMessage } from '../../lib/browser/i18n';
import { startImport } from '../../lib/browser/import-glossary';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { MAX_IMPORT_BYTES } from '../../lib/limits';
import { requestAnkiPermission, sendTermsToAnki } from '../../lib/browser/anki';
import { AnkiError } from '../../lib/export/anki-connect';
import type { Settings } from '../../lib/settings';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportFile(kind: ExportKind): Promise<void> {
  const db = readerDb();
  const date = new Date().toISOString().slice(0, 10);
  if (kind === 'backup') return download(`termlens-backup-${date}.json`, 'application/json', JSON.stringify(await exportBackup(db), null, 1));
  const terms = await listOwnTerms(db);
  if (kind === 'anki') download(`termlens-anki-${date}.txt`, 'text/tab-separated-values', ankiTsv(terms));
  else download(`termlens-${date}.csv`, 'text/csv', glossaryCsv(terms));
}

async function restoreFile(file: File): Promise<string> {
  let backup: Backup;
  try {
    backup = parseBackupText(await file.text(), file.name);
  } catch (error) {
    throw error instanceof BackupInvalid ? new Error(tMessage(error.reason), { cause: error }) : error;
  }
  await restoreBackup(readerDb(), backup);
  await announceReaderDataChanged();
  return t('restoreDone', backup.ownTerms.length, backup.notes.length, backup.statuses.length, backup.history.length);
}

/** The permission is asked for before anything else: only the click's own turn may show its prompt. */
async function sendToAnkiClicked(): Promise<string> {
  const permitted = requestAnkiPermission();
  if (!(await permitted.catch(() => false))) throw new Error(t('ankiPermissionRefused'));
  try {
    const { added, updated } = await sendTermsToAnki(await listOwnTerms(readerDb()));
    return t('ankiSent', added, updated);
  } catch (error) {
    if (error instanceof AnkiError) throw new Error(t(error.key, ...error.args), { cause: error });
    throw error;
  }
}

export function ReaderDataSection({ settings, onSettingsChange }: { settings: Settings; onSettingsChange: (s: Settings) => void }) {
  const [count, setCount] = useState(0);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    countOwnTerms(readerDb()).then(setCount, () => setCount(0));
  }, [revision]);
  return (
    <>
      <ImportGlossary
        maxBytes={MAX_IMPORT_BYTES}
        start={startImport}
        onImported={() => setRevision((r) => r + 1)}
      />
      <ReaderDataTools
        ownTermCount={count}
        settings={settings}
        onSettingsChange={onSettingsChange}
        onExport={(kind) => void exportFile(kind)}
        onSendToAnki={sendToAnkiClicked}
        onRestore={async (file) => {
          const message = await restoreFile(file);
          setRevision((r) => r + 1);
          return message;
        }}
      />
    </>
  );
}
