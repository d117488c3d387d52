/**
 * The messages between the options page and its import worker (lib/browser/import-worker.ts), each
 * checked where it arrives: the page sends a file to preview, then "write" or "cancel"; the worker
 * answers with the report, write progress, "written" or a reason it failed. The plan's records stay
 * in the worker: only the report crosses, so the page never clones 100,000 records on its thread.
 */
import type { ImportReport } from './plan';
import { IMPORT_REASON_KEYS, type ImportFormat, type ImportReason, type ImportReasonKey } from './types';

export type ImportWorkerRequest =
  /** Read, parse and plan `file` against the bundled glossary at `glossaryUrl` and the saved terms; write nothing. */
  | { type: 'preview'; file: File; glossaryUrl: string; now: number }
  /** Write the plan of the last preview in one transaction. */
  | { type: 'write' }
  /** Abort the write in progress: the transaction rolls back. */
  | { type: 'cancel' };

/** A step of the worker, timed on its own clock and moved onto the page's (timeOrigin + start). */
export interface StepTiming {
  name: string;
  /** Milliseconds since the Unix epoch (the worker's timeOrigin + performance.now()). */
  at: number;
  duration: number;
}

export type ImportWorkerReply =
  | { type: 'preview'; fileName: string; format: ImportFormat; report: ImportReport; recordCount: number; encoding: string; guessedEncoding: boolean; steps: StepTiming[] }
  | { type: 'progress'; done: number; total: number }
  | { type: 'written'; steps: StepTiming[] }
  | { type: 'failed'; reason: ImportReason };

const FORMATS: readonly ImportFormat[] = ['csv', 'tsv', 'cedict', 'pleco', 'anki'];

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const listOf = (v: unknown, item: (x: Fields) => boolean): boolean => Array.isArray(v) && v.every((x) => isObject(x) && item(x));

const isReason = (v: unknown): v is ImportReason =>
  isObject(v) && IMPORT_REASON_KEYS.includes(v.key as ImportReasonKey) && (v.args === undefined || (Array.isArray(v.args) && v.args.every((a) => isString(a) || isTime(a))));

function isReport(v: unknown): v is ImportReport {
  if (!isObject(v) || !isCount(v.newCount) || !isCount(v.updatedCount) || !isCount(v.unchangedCount)) return false;
  return (
    listOf(v.duplicates, (d) => isCount(d.line) && isString(d.term) && isCount(d.firstLine)) &&
    listOf(v.invalid, (i) => isCount(i.line) && isReason(i.reason)) &&
    listOf(v.collisions, (c) => isCount(c.line) && isString(c.term) && isString(c.other) && (c.kind === 'script' || c.kind === 'bundled') && (c.otherLine === undefined || isCount(c.otherLine))) &&
    listOf(v.riskyShort, (s) => isCount(s.line) && isString(s.form))
  );
}

const isSteps = (v: unknown): v is StepTiming[] => listOf(v, (s) => isString(s.name) && isTime(s.at) && isTime(s.duration));

/** A request as the worker accepts it, or undefined for anything else. */
export function parseImportWorkerRequest(data: unknown): ImportWorkerRequest | undefined {
  if (!isObject(data)) return undefined;
  switch (data.type) {
    case 'preview':
      return typeof File !== 'undefined' && data.file instanceof File && isString(data.glossaryUrl) && isTime(data.now)
        ? { type: 'preview', file: data.file, glossaryUrl: data.glossaryUrl, now: data.now }
        : undefined;
    case 'write':
    case 'cancel':
      return { type: data.type };
    default:
      return undefined;
  }
}

/** A TextDecoder encoding name (utf-8, gbk, gb18030, big5, utf-16le …). */
const ENCODING = /^[a-z0-9_-]{1,40}$/;

/** A reply as the page accepts it, or undefined for anything else. */
export function parseImportWorkerReply(data: unknown): ImportWorkerReply | undefined {
  if (!isObject(data)) return undefined;
  switch (data.type) {
    case 'preview':
      return isString(data.fileName) && FORMATS.includes(data.format as ImportFormat) && isReport(data.report) && isCount(data.recordCount) && isSteps(data.steps) &&
        isString(data.encoding) && ENCODING.test(data.encoding) && typeof data.guessedEncoding === 'boolean'
        ? {
            type: 'preview', fileName: data.fileName, format: data.format as ImportFormat, report: data.report, recordCount: data.recordCount,
            encoding: data.encoding, guessedEncoding: data.guessedEncoding, steps: data.steps,
          }
        : undefined;
    case 'progress':
      return isCount(data.done) && isCount(data.total) && data.done <= data.total ? { type: 'progress', done: data.done, total: data.total } : undefined;
    case 'written':
      return isSteps(data.steps) ? { type: 'written', steps: data.steps } : undefined;
    case 'failed':
      return isReason(data.reason) ? { type: 'failed', reason: data.reason } : undefined;
    default:
      return undefined;
  }
}
