/**
 * The preview of an import: what would be written and the report the reader confirms. Nothing is
 * written here; `applyImport` (lib/db/import-write.ts) writes exactly `plan.records`.
 */
import { normalizeTerm, ownTermId, ownTermOf, sameContent } from '../db/own-terms';
import type { OwnTerm } from '../db/types';
import { MAX_TERM_CHARS, OWN_FORMS_MAX, OWN_TEXT_MAX_CHARS, RISKY_LATIN_MAX_CHARS } from '../limits';
import { reason, type ImportFormat, type ImportReason, type ImportRow, type InvalidLine, type ParseResult } from './types';

export interface Collision {
  line: number;
  term: string;
  /** The other spelling it meets: another line's term, a saved own term, or a bundled term's form. */
  other: string;
  /** `script`: the same word in the other script on another line or among saved terms; `bundled`: it will hide a bundled term. */
  kind: 'script' | 'bundled';
  otherLine?: number;
}

export interface ImportReport {
  newCount: number;
  updatedCount: number;
  /** Already saved with exactly this content: nothing to write. */
  unchangedCount: number;
  /** A term repeated in the file: the first line wins, these are skipped. */
  duplicates: { line: number; term: string; firstLine: number }[];
  invalid: InvalidLine[];
  collisions: Collision[];
  riskyShort: { line: number; form: string }[];
}

export interface ImportPlan {
  records: OwnTerm[];
  report: ImportReport;
}

export interface PlanContext {
  existing: ReadonlyMap<string, OwnTerm>;
  /** Every form of the bundled glossary → that term's canonical form. */
  bundledForms: ReadonlyMap<string, string>;
  /** Other-script spellings of a term (OpenCC); absent, only the file's own forms are used. */
  variantsOf?: (term: string) => string[];
  origin: string;
  now: number;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN_ONLY = /^[A-Za-z0-9.+-]+$/;

/** What is wrong with a term's spelling, if anything (import and the add-a-term form alike). */
export function termProblem(term: string): ImportReason | undefined {
  if (term === '') return reason('importReasonNoTerm');
  if ([...term].length > MAX_TERM_CHARS) return reason('importReasonTermTooLong', MAX_TERM_CHARS);
  if (!HAS_WORD_CHAR.test(term)) return reason('importReasonNoLetters');
  return undefined;
}

/** What is too large in a record a line makes, if anything: too many forms or tags, a form too long, a text too long. */
function sizeProblem(record: OwnTerm): ImportReason | undefined {
  if (record.forms.length > OWN_FORMS_MAX) return reason('importReasonTooManyForms', record.forms.length, OWN_FORMS_MAX);
  if (record.tags.length > OWN_FORMS_MAX) return reason('importReasonTooManyTags', record.tags.length, OWN_FORMS_MAX);
  if (record.forms.some((form) => [...form].length > MAX_TERM_CHARS)) return reason('importReasonFormTooLong', MAX_TERM_CHARS);
  const texts = [record.pinyin, record.english, record.definitionZh, record.definitionEn, record.note];
  if (texts.some((text) => text.length > OWN_TEXT_MAX_CHARS)) return reason('importReasonTextTooLong', OWN_TEXT_MAX_CHARS);
  return undefined;
}

function invalidReason(row: ImportRow): ImportReason | undefined {
  const problem = termProblem(row.term);
  if (problem) return problem;
  if (!row.pinyin && !row.english && !row.definitionZh && !row.definitionEn && !row.note) return reason('importReasonTermOnly');
  return undefined;
}

/** File fields win where the file has them; what the file leaves empty keeps what the reader saved. */
function merged(row: ImportRow, forms: string[], existing: OwnTerm | undefined, ctx: PlanContext): OwnTerm {
  const pick = (file: string, saved: string | undefined) => (file !== '' ? file : (saved ?? ''));
  return ownTermOf(
    {
      term: row.term,
      forms: [...(existing?.forms ?? []), ...forms],
      pinyin: pick(row.pinyin, existing?.pinyin),
      english: pick(row.english, existing?.english),
      definitionZh: pick(row.definitionZh, existing?.definitionZh),
      definitionEn: pick(row.definitionEn, existing?.definitionEn),
      note: pick(row.note, existing?.note),
      tags: [...(existing?.tags ?? []), ...row.tags],
      met: existing?.met,
      origin: existing?.origin ?? ctx.origin,
    },
    ctx.now,
    existing,
  );
}

export function planImport(parsed: ParseResult, ctx: PlanContext): ImportPlan {
  const report: ImportReport = { newCount: 0, updatedCount: 0, unchangedCount: 0, duplicates: [], invalid: [...parsed.invalid], collisions: [], riskyShort: [] };
  const records: OwnTerm[] = [];
  const firstLineOf = new Map<string, number>();
  /** Every spelling a line brings (its term, forms and script variants) → that line. */
  const spellings = new Map<string, { line: number; term: string }>();
  const savedSpellings = new Map<string, string>();
  for (const saved of ctx.existing.values()) for (const form of saved.forms) savedSpellings.set(form, saved.term);

  for (const row of parsed.rows) {
    row.term = normalizeTerm(row.term);
    const why = invalidReason(row);
    if (why) {
      report.invalid.push({ line: row.line, reason: why });
      continue;
    }
    const first = firstLineOf.get(row.term);
    if (first !== undefined) {
      report.duplicates.push({ line: row.line, term: row.term, firstLine: first });
      continue;
    }

    // A file that gives other forms (a forms column) or both scripts on every line (CC-CEDICT) has
    // said what they are; OpenCC is asked only for rows without any (and it is slow: about 0.3 ms a call).
    const variants = row.forms.length === 0 && !parsed.bothScripts && ctx.variantsOf ? ctx.variantsOf(row.term) : [];
    const forms = [...new Set([...row.forms, ...variants].map(normalizeTerm))].filter((f) => f !== row.term);
    // Only what a restore takes back and the page matcher takes (with-own.ts, backup-records.ts).
    const existing = ctx.existing.size > 0 ? ctx.existing.get(ownTermId(row.term)) : undefined;
    const record = merged(row, forms, existing, ctx);
    const sizeWhy = sizeProblem(record);
    if (sizeWhy) {
      report.invalid.push({ line: row.line, reason: sizeWhy });
      continue;
    }
    firstLineOf.set(row.term, row.line);
    for (const spelling of [row.term, ...forms]) {
      const other = spellings.get(spelling);
      if (other && other.term !== row.term) report.collisions.push({ line: row.line, term: row.term, other: other.term, kind: 'script', otherLine: other.line });
      else if (!other) spellings.set(spelling, { line: row.line, term: row.term });
      const saved = savedSpellings.get(spelling);
      if (saved !== undefined && saved !== row.term) report.collisions.push({ line: row.line, term: row.term, other: saved, kind: 'script' });
      const bundled = ctx.bundledForms.get(spelling);
      if (bundled !== undefined) report.collisions.push({ line: row.line, term: row.term, other: bundled, kind: 'bundled' });
      if (LATIN_ONLY.test(spelling) && spelling.length <= RISKY_LATIN_MAX_CHARS) report.riskyShort.push({ line: row.line, form: spelling });
    }

    if (!existing) report.newCount++;
    else if (sameContent(existing, record)) {
      report.unchangedCount++;
      continue;
    } else report.updatedCount++;
    records.push(record);
  }
  report.invalid.sort((a, b) => a.line - b.line);
  // One collision per pair of lines and kind is enough for the reader to act on.
  const seen = new Set<string>();
  report.collisions = report.collisions.filter((c) => {
    const key = `${c.line}|${c.other}|${c.kind}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { records, report };
}

/** What the options page shows before anything is written: the file, how it was read, the report and how many records "Import" writes. */
export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  report: ImportReport;
  recordCount: number;
  /** The text encoding the file was read in (TextDecoder's name), and whether that was a guess from its bytes. */
  encoding: string;
  guessedEncoding: boolean;
}
