/**
 * The reader's own terms as files: Anki-ready TSV (Anki's own headers, a GUID column so importing a
 * newer export updates the same cards) and CSV (the columns "Import glossary…" reads back).
 */
import Papa from 'papaparse';
import type { OwnTerm } from '../db/types';

export const ANKI_DECK = 'TermLens';
export const ANKI_TAG = 'termlens';

/** Anki with #html:false takes a field up to a tab or line break: those become spaces. */
const field = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

/** What the card's back shows: pinyin, English, the definitions and the note, one per line of sense. */
function cardBack(term: OwnTerm): string {
  return [term.pinyin, term.english, term.definitionZh, term.definitionEn, term.note].map(field).filter(Boolean).join(' · ');
}

const ANKI_COLUMNS = ['GUID', 'Front', 'Card back', 'Pinyin', 'English', 'DefinitionZh', 'DefinitionEn', 'Note', 'Tags'];

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

export function glossaryCsv(terms: readonly OwnTerm[]): string {
  const rows = [...terms]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((t) => [t.term, t.forms.slice(1).join('|'), t.pinyin, t.english, t.definitionZh, t.definitionEn, t.note, t.tags.join(' ')]);
  return Papa.unparse({ fields: ['term', 'forms', 'pinyin', 'english', 'definition_zh', 'definition_en', 'note', 'tags'], data: rows }, { newline: '\n' }) + '\n';
}
