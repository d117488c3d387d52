/**
 * The options page's import, run in a worker (lib/browser/import-worker.ts) so that reading,
 * parsing and planning a large file never freezes the page: preview (nothing written), then write
 * (one transaction, then every tab's matcher is rebuilt). Cancel before the write ends the worker
 * where it stands; Cancel during the write aborts the transaction.
 */
import type { ImportPreview } from '../import/plan';
import { reason, type ImportReason } from '../import/types';
import { parseImportWorkerReply, type ImportWorkerRequest, type StepTiming } from '../import/worker-protocol';
import { BUNDLED_GLOSSARY_PATH } from './fetch-bundled';
import { browser } from 'wxt/browser';
import { tMessage } from './i18n';
import { announceReaderDataChanged } from './reader-db';

/** One file's import: its preview, then its write, or a cancel. Each ends the worker when done. */
export interface ImportSession {
  preview: Promise<ImportPreview>;
  /** Writes the previewed plan; rejects with a reader-readable message (cancel, quota, anything else). */
  write: (onProgress: (done: number, total: number) => void) => Promise<void>;
  cancel: () => void;
}

/** An import that ended without writing anything, with the reason in the reader's language. */
export class ImportEnded extends Error {
  constructor(readonly reason: ImportReason) {
    super(tMessage(reason));
    this.name = 'ImportEnded';
  }
}

/** Records the worker's steps as `import:…` measures on the page's clock (scripts/bench/import-in-browser.ts reads them). */
function measure(steps: StepTiming[]): void {
  for (const step of steps) performance.measure(`import:${step.name}`, { start: step.at - performance.timeOrigin, duration: step.duration });
}

interface Waiting {
  resolve: (value: ImportPreview | undefined) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

export function startImport(file: File): ImportSession {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let waiting: Waiting | undefined;
  let writing = false;
  const settle = (outcome: { value?: ImportPreview; error?: Error }, end: boolean) => {
    const w = waiting;
    waiting = undefined;
    if (end) worker.terminate();
    if (outcome.error) w?.reject(outcome.error);
    else w?.resolve(outcome.value);
  };
  const send = (request: ImportWorkerRequest) => worker.postMessage(request);

  worker.addEventListener('message', (event: MessageEvent) => {
    const reply = parseImportWorkerReply(event.data);
    if (!reply) return settle({ error: new ImportEnded(reason('importReasonWriteFailed', 'the import worker sent a malformed message')) }, true);
    switch (reply.type) {
      case 'progress':
        return waiting?.onProgress?.(reply.done, reply.total);
      case 'preview':
        measure(reply.steps);
        return settle({ value: { fileName: reply.fileName, format: reply.format, report: reply.report, recordCount: reply.recordCount, encoding: reply.encoding, guessedEncoding: reply.guessedEncoding } }, false);
      case 'written':
        measure(reply.steps);
        return settle({}, true);
      case 'failed':
        return settle({ error: new ImportEnded(reply.reason) }, true);
    }
  });
  // A worker that cannot load (a build or CSP problem) or throws outside a request.
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    settle({ error: new ImportEnded(reason('importReasonWriteFailed', event.message || 'the import worker did not start')) }, true);
  });

  const preview = new Promise<ImportPreview | undefined>((resolve, reject) => (waiting = { resolve, reject })) as Promise<ImportPreview>;
  send({ type: 'preview', file, glossaryUrl: browser.runtime.getURL(BUNDLED_GLOSSARY_PATH), now: Date.now() });

  return {
    preview,
    write: async (onProgress) => {
      writing = true;
      const written = new Promise<unknown>((resolve, reject) => (waiting = { resolve, reject, onProgress }));
      send({ type: 'write' });
      await written;
      const start = performance.now();
      await announceReaderDataChanged();
      performance.measure('import:announce', { start, end: performance.now() });
    },
    cancel: () => {
      // The write's transaction is aborted by the worker (its reply ends the session); anything
      // before it is ended here: nothing has been written.
      if (writing) send({ type: 'cancel' });
      else settle({ error: new ImportEnded(reason('importReasonCancelled')) }, true);
    },
  };
}
