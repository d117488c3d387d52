/** The options page's Your glossary section: import, export, Send to Anki, backup and restore. */
import { useEffect, useState } from 'preact/hooks';
import { ImportGlossary } from '../../components/ImportGlossary';
import { ReaderDataTools, type ExportKind } from '../../components/ReaderDataTools';
import { keptDate, type RestoreChoice } from '../../components/RestoreBackup';
import { BackupInvalid, exportBackup, parseBackupText, type CheckedBackup } from '../../lib/db/backup';
import { applyRestore, previewRestore, type RestoreMode } from '../../lib/db/restore';
import { keepSafetyBackup, openSafetyDb, safetyBackup } from '../../lib/db/safety-backup';
import { countOwnTerms, listOwnTerms } from '../../lib/db/own-terms';
import { ankiTsv, glossaryCsv } from '../../lib/export/glossary-export';
import { t, tMessage } from '../../lib/browser/i18n';
import { startImport } from '../../lib/browser/import-glossary';
import { announceReaderDataChanged, readerDb } from '../../lib/browser/reader-db';
import { MAX_IMPORT_BYTES } from '../../lib/limits';
import { requestAnkiPermission, sendTermsToAnki } from '../../lib/browser/anki';
import { AnkiError } from '../../lib/export/anki-connect';
import { OptionsPart } from '../../components/OptionsSection';

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

const safetyDb = openSafetyDb();

/** The backup the reader is looking at, between its preview and their choice. */
let previewed: CheckedBackup | undefined;

async function previewFile(file: File): Promise<RestoreChoice> {
  try {
    previewed = parseBackupText(await file.text(), file.name);
  } catch (error) {
    previewed = undefined;
    throw error instanceof BackupInvalid ? new Error(tMessage(error.reason), { cause: error }) : error;
  }
  return { fileName: file.name, preview: await previewRestore(readerDb(), previewed), dropped: previewed.dropped };
}

/** Keeps the database as it is, then restores: a failed write leaves both as they were. */
async function restorePreviewed(mode: RestoreMode): Promise<string> {
  const backup = previewed;
  if (!backup) throw new Error(t('restoreCancelled'));
  await keepSafetyBackup(safetyDb, readerDb());
  await applyRestore(readerDb(), backup, mode);
  previewed = undefined;
  await announceReaderDataChanged();
  return `${t('restoreDone', backup.ownTerms.length, backup.notes.length, backup.statuses.length, backup.history.length)} ${t('restoreKept')}`;
}

async function undoLastRestore(): Promise<string> {
  const kept = await safetyBackup(safetyDb);
  if (!kept) throw new Error(t('restoreCancelled'));
  // The undo is itself undoable: what it replaces is kept in turn.
  await keepSafetyBackup(safetyDb, readerDb());
  await applyRestore(readerDb(), kept.backup, 'replace');
  await announceReaderDataChanged();
  return t('restoreUndone', keptDate(kept.at));
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

export function ReaderDataSection() {
  const [count, setCount] = useState(0);
  const [revision, setRevision] = useState(0);
  const [keptAt, setKeptAt] = useState<number>();
  useEffect(() => {
    countOwnTerms(readerDb()).then(setCount, () => setCount(0));
    safetyBackup(safetyDb).then((kept) => setKeptAt(kept?.at), () => setKeptAt(undefined));
  }, [revision]);
  const changed = <T,>(work: Promise<T>) => work.finally(() => setRevision((r) => r + 1));
  return (
    <>
      <OptionsPart title="subImport">
        <ImportGlossary maxBytes={MAX_IMPORT_BYTES} start={startImport} onImported={() => setRevision((r) => r + 1)} />
      </OptionsPart>
      <ReaderDataTools
        ownTermCount={count}
        onExport={(kind) => void exportFile(kind)}
        onSendToAnki={sendToAnkiClicked}
        restore={{
          onPreview: previewFile,
          onRestore: (mode) => changed(restorePreviewed(mode)),
          keptAt,
          onUndo: () => changed(undoLastRestore()),
        }}
      />
    </>
  );
}
