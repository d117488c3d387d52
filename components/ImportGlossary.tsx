/**
 * "Import glossary…": pick a file, read the preview report, then confirm. Nothing is written before
 * "Import"; the write is one transaction with a progress bar. Cancel, while the file is read and
 * checked or while it is written, keeps nothing.
 */
import { useRef, useState } from 'preact/hooks';
import { t, tMessage } from '../lib/browser/i18n';
import type { ImportFormat } from '../lib/import/types';
import type { ImportPreview } from '../lib/import/plan';
import { IMPORT_REPORT_DETAIL_ROWS } from '../lib/limits';

export type { ImportPreview };

/** One file's import as the page runs it (lib/browser/import-glossary.ts's startImport). */
export interface ImportRun {
  preview: Promise<ImportPreview>;
  /** Writes the previewed records; rejects with a reader-readable message (cancel, quota, anything else). */
  write: (onProgress: (done: number, total: number) => void) => Promise<void>;
  cancel: () => void;
}

export interface ImportGlossaryProps {
  maxBytes: number;
  start: (file: File) => ImportRun;
  /** Called once an import is written. */
  onImported?: () => void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'writing'; done: number; total: number }
  | { step: 'done'; newCount: number; updatedCount: number }
  | { step: 'cancelled' }
  | { step: 'error'; message: string };

const FORMAT_NAMES: Record<ImportFormat, string> = { csv: 'CSV', tsv: 'TSV', cedict: 'CC-CEDICT', pleco: 'Pleco', anki: 'Anki' };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

function Details({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="import-details">
      {items.slice(0, IMPORT_REPORT_DETAIL_ROWS).map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

function Report({ preview }: { preview: ImportPreview }) {
  const r = preview.report;
  return (
    <div class="import-report" aria-live="polite">
      <p>{t('importReadAs', preview.fileName, FORMAT_NAMES[preview.format])}</p>
      {preview.encoding !== 'utf-8' && <p class="import-encoding">{t(preview.guessedEncoding ? 'importEncodingGuessed' : 'importEncoding', preview.encoding.toUpperCase())}</p>}
      <ul class="import-counts">
        <li>{t('importNew', r.newCount)}</li>
        <li>{t('importUpdated', r.updatedCount)}</li>
        {r.unchangedCount > 0 && <li>{t('importUnchanged', r.unchangedCount)}</li>}
        <li>{t('importDuplicates', r.duplicates.length)}</li>
        <li>{t('importInvalid', r.invalid.length)}</li>
        <li>{t('importCollisions', r.collisions.length)}</li>
        <li>{t('importRisky', r.riskyShort.length)}</li>
      </ul>
      <Details items={r.invalid.map((i) => t('importLine', i.line, tMessage(i.reason)))} />
      <Details items={r.duplicates.map((d) => t('importDuplicateOf', d.line, d.term, d.firstLine))} />
      <Details
        items={r.collisions.map((c) =>
          c.kind === 'bundled' ? t('importBundledCollision', c.line, c.term, c.other) : t('importScriptCollision', c.line, c.term, c.other),
        )}
      />
      <Details items={r.riskyShort.map((s) => t('importLine', s.line, s.form))} />
    </div>
  );
}

export function ImportGlossary({ maxBytes, start, onImported }: ImportGlossaryProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const cancelled = useRef(false);
  const run = useRef<ImportRun | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const failed = (error: unknown): State => (cancelled.current ? { step: 'cancelled' } : { step: 'error', message: t('importFailed', (error as Error).message) });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxBytes) return setState({ step: 'error', message: t('importTooLarge', file.name, mb(file.size), mb(maxBytes)) });
    run.current?.cancel();
    cancelled.current = false;
    setState({ step: 'reading', fileName: file.name });
    const current = (run.current = start(file));
    try {
      const preview = await current.preview;
      if (run.current === current) setState({ step: 'preview', preview });
    } catch (error) {
      if (run.current === current) setState(failed(error));
    }
  };

  const confirm = async ({ recordCount, report }: ImportPreview) => {
    const current = run.current;
    if (!current) return;
    cancelled.current = false;
    setState({ step: 'writing', done: 0, total: recordCount });
    try {
      await current.write((done, total) => setState({ step: 'writing', done, total }));
      setState({ step: 'done', newCount: report.newCount, updatedCount: report.updatedCount });
      onImported?.();
    } catch (error) {
      setState(failed(error));
    }
    run.current = undefined;
    if (input.current) input.current.value = '';
  };

  /** While writing: the worker aborts the transaction and the write rejects. */
  const cancel = () => {
    cancelled.current = true;
    run.current?.cancel();
  };

  /** Before writing: the worker is ended where it stands; nothing was written. */
  const abandon = () => {
    cancel();
    run.current = undefined;
    reset({ step: 'cancelled' });
  };

  const reset = (next: State) => {
    if (input.current) input.current.value = '';
    setState(next);
  };

  return (
    <section class="import-glossary">
      <label>
        {t('importGlossary')}
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.u8,text/csv,text/tab-separated-values,text/plain"
          disabled={state.step === 'reading' || state.step === 'writing'}
          onChange={(e) => void choose((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      <p class="hint">{t('importHint', mb(maxBytes))}</p>
      {state.step === 'reading' && (
        <>
          <p role="status">{t('importReading', state.fileName)}</p>
          <button type="button" onClick={abandon}>
            {t('importCancel')}
          </button>
        </>
      )}
      {state.step === 'preview' && (
        <>
          <Report preview={state.preview} />
          {state.preview.recordCount === 0 && <p role="status">{t('importNothing')}</p>}
          <button type="button" disabled={state.preview.recordCount === 0} onClick={() => void confirm(state.preview)}>
            {t('importConfirm')}
          </button>
          <button type="button" onClick={abandon}>
            {t('importCancel')}
          </button>
        </>
      )}
      {state.step === 'writing' && (
        <>
          <progress max={state.total} value={state.done} />
          <p role="status">{t('importProgress', state.done, state.total)}</p>
          <button type="button" onClick={cancel}>
            {t('importCancel')}
          </button>
        </>
      )}
      {state.step === 'done' && <p role="status">{t('importDone', state.newCount, state.updatedCount)}</p>}
      {state.step === 'cancelled' && <p role="status">{t('importCancelled')}</p>}
      {state.step === 'error' && <p role="alert">{state.message}</p>}
    </section>
  );
}
