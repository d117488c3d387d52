/**
 * The import worker's work, apart from the worker's global scope so tests can drive it: preview a
 * file (read, parse, plan against the bundled glossary and the saved terms; nothing written), keep
 * the plan, then write it in one transaction with progress, or abort it on "cancel".
 */
import { writeErrorReason, writeImport } from '../db/import-write';
import { listOwnTerms } from '../db/own-terms';
import type { ReaderDb } from '../db/schema';
import type { OwnTerm } from '../db/types';
import type { Glossary } from '../glossary/types';
import { detectFormat, parseImport } from '../import/detect';
import { planImport, type ImportPlan } from '../import/plan';
import { reason } from '../import/types';
import { parseImportWorkerRequest, type ImportWorkerReply, type StepTiming } from '../import/worker-protocol';
import { decodeBytes } from '../text/decode';
import { IMPORT_LINES_MAX, OWN_TERMS_MAX } from '../limits';

/** Lines of a text (a last line without a line break counts). */
export function lineCount(text: string): number {
  let lines = text === '' || text.endsWith('\n') ? 0 : 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

export interface ImportJobDeps {
  db: ReaderDb;
  post: (reply: ImportWorkerReply) => void;
  fetchGlossary: (url: string) => Promise<Glossary>;
  /** OpenCC's other-script spellings (a large chunk, loaded only when a file needs it). */
  loadVariants: () => Promise<(term: string) => string[]>;
}

/** The handler of every message the worker receives; anything that is not a request is ignored. */
export function createImportJob({ db, post, fetchGlossary, loadVariants }: ImportJobDeps): (data: unknown) => Promise<void> {
  let plan: ImportPlan | undefined;
  let writing = false;
  let cancelled = false;
  let steps: StepTiming[] = [];

  async function timed<T>(name: string, step: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } finally {
      steps.push({ name, at: performance.timeOrigin + start, duration: performance.now() - start });
    }
  }

  async function preview(file: File, glossaryUrl: string, now: number): Promise<void> {
    steps = [];
    plan = undefined; // a refused or failed preview leaves nothing an earlier one planned
    const [{ text, encoding, guessed }, glossary, existing] = await Promise.all([
      // Decoded as the Reader decodes a file: a byte-order mark, then UTF-8, then GB18030 or Big5.
      timed('read', async () => decodeBytes(new Uint8Array(await file.arrayBuffer()), { html: false })),
      timed('bundled', () => fetchGlossary(glossaryUrl)),
      timed('existing', () => listOwnTerms(db)),
    ]);
    // Refused whole before parsing, with the limit stated: nothing is planned, so nothing can be written.
    const lines = lineCount(text);
    if (lines > IMPORT_LINES_MAX) {
      plan = undefined;
      return post({ type: 'failed', reason: reason('importReasonTooManyLines', lines, IMPORT_LINES_MAX) });
    }
    const format = detectFormat(file.name, text);
    const parsed = await timed('parse', () => parseImport(format, text));
    // OpenCC (converters that take seconds to build) only where a row lacks other forms and the
    // format does not spell both scripts (CC-CEDICT does, even where they are the same).
    const variantsOf = !parsed.bothScripts && parsed.rows.some((row) => row.forms.length === 0) ? await timed('opencc', loadVariants) : undefined;
    const bundledForms = new Map<string, string>();
    for (const term of glossary.terms) for (const form of term.forms) bundledForms.set(form, term.term);
    plan = await timed('plan', () =>
      planImport(parsed, { existing: new Map(existing.map((t): [string, OwnTerm] => [t.id, t])), bundledForms, variantsOf, origin: file.name, now }),
    );
    const total = existing.length + plan.report.newCount;
    if (total > OWN_TERMS_MAX) {
      plan = undefined;
      return post({ type: 'failed', reason: reason('importReasonTooManyTerms', total, OWN_TERMS_MAX) });
    }
    post({ type: 'preview', fileName: file.name, format, report: plan.report, recordCount: plan.records.length, encoding, guessedEncoding: guessed, steps });
  }

  async function write(records: OwnTerm[]): Promise<void> {
    steps = [];
    writing = true;
    cancelled = false;
    try {
      await timed('write', () => writeImport(db, records, { onProgress: (done, total) => post({ type: 'progress', done, total }), cancelled: () => cancelled }));
    } finally {
      writing = false;
    }
    post({ type: 'written', steps });
  }

  return async (data) => {
    const request = parseImportWorkerRequest(data);
    if (!request) return;
    try {
      switch (request.type) {
        case 'preview':
          return await preview(request.file, request.glossaryUrl, request.now);
        case 'write':
          if (!plan || writing) return post({ type: 'failed', reason: reason('importReasonWriteFailed', 'no previewed import to write') });
          return await write(plan.records);
        case 'cancel':
          cancelled = writing;
          return;
      }
    } catch (error) {
      post({ type: 'failed', reason: writeErrorReason(error) });
    }
  };
}
