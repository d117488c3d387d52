/**
 * Anki "Notes in Plain Text" exports: `#key:value` header lines (`#separator:tab`, `#html:true`,
 * `#columns:Front	Back`, `#tags column:3`, `#guid column:1`, `#notetype column:2`, `#deck column:3`),
 * then one note per record, quoted like CSV where a field holds the separator or a newline.
 * Without `#columns`, the first free field is the term and the second its definition.
 */
import Papa from 'papaparse';
import { htmlSnippetText } from '../text/html-text';
import { fieldOfHeader, rowOfCells, type Field } from './columns';
import { reason, type ParseResult } from './types';

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

interface AnkiHeaders {
  separator: string;
  html: boolean;
  columns?: string[];
  /** 1-based columns Anki reserves for note metadata. */
  special: Map<number, Field>;
  lines: number;
}

function readHeaders(lines: string[]): AnkiHeaders {
  const headers: AnkiHeaders = { separator: '\t', html: false, special: new Map(), lines: 0 };
  let columns: string | undefined;
  for (const line of lines) {
    const m = /^#([a-z ]+):(.*)$/i.exec(line);
    if (!m) break;
    headers.lines++;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    if (key === 'separator') headers.separator = SEPARATORS[value.trim().toLowerCase()] ?? value;
    else if (key === 'html') headers.html = value.trim() === 'true';
    else if (key === 'columns') columns = value;
    else if (key === 'tags column') headers.special.set(Number(value), 'tags');
    else if (key === 'guid column' || key === 'notetype column' || key === 'deck column') headers.special.set(Number(value), 'ignore');
  }
  if (columns !== undefined) headers.columns = columns.split(headers.separator).map((c) => c.trim());
  return headers;
}

/**
 * Text of an HTML field, line breaks kept as "; ". Read by the Reader's tokenizer: no parser that
 * could run anything, and linear in the field's length (a field of unclosed `<` took quadratic time
 * through regular expressions).
 */
export function htmlFieldText(html: string): string {
  return htmlSnippetText(html).split('\n').join('; ');
}

export function parseAnki(text: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headers = readHeaders(lines);
  const body = lines.slice(headers.lines).join('\n');
  const parsed = Papa.parse<string[]>(body, { delimiter: headers.separator, skipEmptyLines: false, quoteChar: '"' });
  const result: ParseResult = { rows: [], invalid: [] };
  let line = headers.lines;
  for (const raw of parsed.data) {
    line++;
    const span = raw.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const cells = headers.html ? raw.map(htmlFieldText) : raw;
    if (!(raw.length === 1 && raw[0] === '')) {
      const fields = fieldsOf(headers, cells.length);
      if (!fields.includes('term')) result.invalid.push({ line, reason: reason('importReasonAnkiNoTerm') });
      else result.rows.push(rowOfCells(line, fields, cells));
    }
    line += span;
  }
  return result;
}

function fieldsOf(headers: AnkiHeaders, count: number): (Field | undefined)[] {
  // Named columns are used by name (unknown names are skipped) when one of them is the term.
  const named = headers.columns?.map((name, i) => headers.special.get(i + 1) ?? fieldOfHeader(name));
  if (named?.includes('term')) return Array.from({ length: count }, (_, i) => headers.special.get(i + 1) ?? named[i]);
  const fields: (Field | undefined)[] = [];
  let free = 0;
  for (let i = 0; i < count; i++) {
    const special = headers.special.get(i + 1);
    if (special) fields.push(special);
    else fields.push(free++ === 0 ? 'term' : free === 2 ? 'definition' : undefined);
  }
  return fields;
}
