/** CSV and TSV with a header row (papaparse: quoted fields, embedded newlines and separators). */
import Papa from 'papaparse';
import { fieldOfHeader, rowOfCells } from './columns';
import { reason, type ParseResult } from './types';

export function parseDelimited(text: string, delimiter: ',' | '\t'): ParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  if (!header) return { rows: [], invalid: [{ line: 1, reason: reason('importReasonEmptyFile') }] };
  const fields = header.map(fieldOfHeader);
  if (!fields.includes('term')) {
    return { rows: [], invalid: [{ line: 1, reason: reason('importReasonNoTermColumn', header.map((h) => `"${h}"`).join(', ')) }] };
  }
  const result: ParseResult = { rows: [], invalid: [] };
  // papaparse reports records, not lines: count the newlines each record spans to keep line numbers true.
  let line = 1 + countNewlines(header);
  for (const cells of records) {
    line++;
    const span = countNewlines(cells);
    if (!(cells.length === 1 && cells[0] === '')) {
      if (cells.length !== header.length) result.invalid.push({ line, reason: reason('importReasonFieldCount', cells.length, header.length) });
      else result.rows.push(rowOfCells(line, fields, cells));
    }
    line += span;
  }
  for (const error of parsed.errors) {
    if (error.type === 'Quotes') result.invalid.push({ line: (error.row ?? 0) + 2, reason: reason('importReasonUnclosedQuote') });
  }
  return result;
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}
