/**
 * The reader's own terms as files: Anki-ready TSV (Anki's own headers, a GUID column so importing a
 * newer export updates the same cards) and CSV (the columns "Import glossary…" reads back).
 */
import Papa from 'papaparse';
import type { OwnTerm } from '../db/types';

export const ANKI_DECK = 'TermLens';
export const ANKI_TAG = 'termlens';

/** Anki with #html:false takes a field up to a tab or line break: those become spaces. */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * One TSV field as Anki reads it: a field holding a double quote is quoted, its quotes doubled
 * (unquoted, a leading `"` would open a quoted field that swallows the fields after it).
 */
const field = (text: string) => {
  const value = flat(text);
  return value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
};

/** What the card's back shows: pinyin, English, the definitions and the note, each once (an import often gives English twice). */
function cardBack(term: OwnTerm): string {
  return [...new Set([term.pinyin, term.english, term.definitionZh, term.definitionEn, term.note].map(flat).filter(Boolean))].join(' · ');
}

/** Front and Back by name: Anki maps columns to the Basic note type's fields by their names. */
const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Pinyin', 'English', 'DefinitionZh', 'DefinitionEn', 'Note', 'Tags'];

export function ankiTsv(terms: readonly OwnTerm[]): string {
  const header = [
    '#separator:tab',
    '#html:false',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#notetype:Basic',
    `#deck:${ANKI_DECK}`,
    `#tags:${ANKI_TAG}`,
    '#guid column:1',
    `#tags column:${ANKI_COLUMNS.length}`,
  ];
  const rows = [...terms]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((t) =>
      [t.id, t.term, cardBack(t), t.pinyin, t.english, t.definitionZh, t.definitionEn, t.note, t.tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ')]
        .map(field)
        .join('\t'),
    );
  return [...header, ...rows].join('\n') + '\n';
}

/**
 * CSV for spreadsheets and for Import: a byte-order mark so Excel reads UTF-8, and cells starting with
 * = + - @ (or a tab or CR) prefixed with an apostrophe so no spreadsheet runs them as formulas (Import
 * removes it again).
 */
export function glossaryCsv(terms: readonly OwnTerm[]): string {
  const rows = [...terms]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((t) => [t.term, t.forms.slice(1).join('|'), t.pinyin, t.english, t.definitionZh, t.definitionEn, t.note, t.tags.join(' ')]);
  return '\uFEFF' + Papa.unparse({ fields: ['term', 'forms', 'pinyin', 'english', 'definition_zh', 'definition_en', 'note', 'tags'], data: rows }, { newline: '\n', escapeFormulae: true }) + '\n';
}
