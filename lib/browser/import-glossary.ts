/**
 * The options page's import, wired to the real file, database and bundled glossary: preview (parse
 * and plan, nothing written) and write (one transaction, then every tab's matcher is rebuilt).
 */
import { writeErrorReason, writeImport } from '../db/import-write';
import { listOwnTerms } from '../db/own-terms';
import type { OwnTerm } from '../db/types';
import { detectFormat, parseImport } from '../import/detect';
import { planImport, type ImportPlan, type ImportPreview } from '../import/plan';
import { fetchBundledGlossary } from './fetch-bundled';
import { tMessage } from './i18n';
import { announceReaderDataChanged, readerDb } from './reader-db';
import { loadScriptVariants } from './script-variants';

/** Times a step as a performance measure (`import:…`), which scripts/bench/import-in-browser.ts reads. */
async function timed<T>(name: string, step: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    performance.measure(`import:${name}`, { start, end: performance.now() });
  }
}

export async function previewImport(file: File): Promise<ImportPreview> {
  const [text, glossary, existing] = await Promise.all([
    timed('read', () => file.text()),
    timed('bundled', fetchBundledGlossary),
    timed('existing', () => listOwnTerms(readerDb())),
  ]);
  const format = detectFormat(file.name, text);
  const parsed = await timed('parse', () => parseImport(format, text));
  // OpenCC (a 1.2 MB chunk whose converters take seconds to build) only where a row lacks other forms
  // and the format does not spell both scripts (CC-CEDICT does, even where they are the same).
  const variantsOf = !parsed.bothScripts && parsed.rows.some((row) => row.forms.length === 0) ? await timed('opencc', loadScriptVariants) : undefined;
  const bundledForms = new Map<string, string>();
  for (const term of glossary.terms) for (const form of term.forms) bundledForms.set(form, term.term);
  const plan = await timed('plan', () => planImport(parsed, {
    existing: new Map(existing.map((t): [string, OwnTerm] => [t.id, t])),
    bundledForms,
    variantsOf,
    origin: file.name,
    now: Date.now(),
  }));
  return { fileName: file.name, format, plan };
}

export async function writeImportPlan(plan: ImportPlan, onProgress: (done: number, total: number) => void, cancelled: () => boolean): Promise<void> {
  try {
    await timed('write', () => writeImport(readerDb(), plan.records, { onProgress, cancelled }));
  } catch (error) {
    throw new Error(tMessage(writeErrorReason(error)), { cause: error });
  }
  await timed('announce', announceReaderDataChanged);
}
