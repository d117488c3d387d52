/** What every import format parses to: rows in one shape, and the lines it could not read. */
import type { OwnTerm } from '../db/types';

/** One row in the database's own words (lib/db/types.ts), with where it stood in the file. */
export interface ImportRow extends Pick<OwnTerm, 'term' | 'pinyin' | 'english' | 'definitionZh' | 'definitionEn' | 'note' | 'tags'> {
  /** 1-based line of the file the row starts on (a quoted CSV field may span lines). */
  line: number;
  /** Other forms the file gives (Traditional, aliases); the term itself is not repeated. */
  forms: string[];
}

/** Why a line (or the file, or a write) failed, as a message key of the interface and its substitutions: the options page says it in the reader's language. */
export const IMPORT_REASON_KEYS = [
  'importReasonNoTerm',
  'importReasonTermTooLong',
  'importReasonNoLetters',
  'importReasonTermOnly',
  'importReasonNotCedict',
  'importReasonNotPleco',
  'importReasonAnkiNoTerm',
  'importReasonEmptyFile',
  'importReasonNoTermColumn',
  'importReasonFieldCount',
  'importReasonUnclosedQuote',
  'importReasonCancelled',
  'importReasonQuota',
  'importReasonWriteFailed',
  'importReasonTooManyLines',
  'importReasonTooManyTerms',
  'importReasonTooManyForms',
  'importReasonFormTooLong',
  'importReasonTooManyTags',
  'importReasonTextTooLong',
] as const;

export type ImportReasonKey = (typeof IMPORT_REASON_KEYS)[number];

export interface ImportReason {
  key: ImportReasonKey;
  args?: (string | number)[];
}

export const reason = (key: ImportReasonKey, ...args: (string | number)[]): ImportReason => (args.length ? { key, args } : { key });

export interface InvalidLine {
  line: number;
  reason: ImportReason;
}

export interface ParseResult {
  rows: ImportRow[];
  invalid: InvalidLine[];
  /** Every row spells itself in both scripts (CC-CEDICT's Traditional and Simplified): OpenCC has nothing to add. */
  bothScripts?: boolean;
}

export type ImportFormat = 'csv' | 'tsv' | 'cedict' | 'pleco' | 'anki';

export const emptyRow = (line: number, term: string): ImportRow => ({
  line,
  term,
  forms: [],
  pinyin: '',
  english: '',
  definitionZh: '',
  definitionEn: '',
  note: '',
  tags: [],
});
