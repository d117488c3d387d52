/**
 * Header names → fields, shared by CSV/TSV and Anki exports that name their columns. English and
 * Chinese (Simplified and Traditional) names; case and spaces/underscores/hyphens do not matter.
 */
import { hasHan } from '../text/han';
import { isNumberedPinyin, numberedToMarked } from './pinyin-marks';
import { emptyRow, type ImportRow } from './types';

export type Field = 'term' | 'forms' | 'pinyin' | 'english' | 'definition' | 'definitionZh' | 'definitionEn' | 'note' | 'tags' | 'ignore';

const NAMES: Record<Field, string[]> = {
  term: ['term', '术语', '術語', 'word', 'headword', 'simplified', '简体', '簡體', 'front', '词语', '詞語', 'hanzi', '汉字', '漢字'],
  forms: ['forms', 'traditional', '繁体', '繁體', 'variants', 'aliases', '别名', '別名', 'otherforms', '其他写法'],
  pinyin: ['pinyin', '拼音', 'reading'],
  english: ['english', '英文', 'englishname', 'en', 'translation', '英译', '英譯'],
  definition: ['definition', '释义', '釋義', 'meaning', 'back', '定义', '定義', 'gloss'],
  definitionZh: ['definitionzh', 'zhdefinition', '中文释义', '中文釋義', 'chinesedefinition'],
  definitionEn: ['definitionen', 'endefinition', '英文释义', '英文釋義', 'englishdefinition'],
  note: ['note', 'notes', '备注', '備註', '笔记', '筆記', 'comment'],
  tags: ['tags', 'tag', '标签', '標籤'],
  ignore: ['guid', 'id', 'notetype', 'deck'],
};

const LOOKUP = new Map(Object.entries(NAMES).flatMap(([field, names]) => names.map((n) => [n, field as Field])));

export function fieldOfHeader(header: string): Field | undefined {
  return LOOKUP.get(header.normalize('NFC').trim().toLowerCase().replace(/[\s_\-()（）]/g, ''));
}

/** Splits a tags cell: Anki separates by spaces, spreadsheets often by commas or semicolons. */
export function splitTags(cell: string): string[] {
  return cell.split(/[\s,;，；]+/).filter(Boolean);
}

/** Splits a forms cell: `|`, `/`, commas or the Chinese enumeration comma. */
export function splitForms(cell: string): string[] {
  return cell.split(/[|/,，、;；]+/).map((f) => f.trim()).filter(Boolean);
}

/** Pinyin as the glossary keeps it: tone marks. */
export function markedPinyin(cell: string): string {
  const trimmed = cell.trim().replace(/\s+/g, ' ');
  return isNumberedPinyin(trimmed) ? numberedToMarked(trimmed) : trimmed;
}

/** Undoes the apostrophe a spreadsheet-safe export puts before a cell starting with = + - @ (see glossary-export). */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** A row from cells and their fields; a plain "definition" goes to the side its script says. */
export function rowOfCells(line: number, fields: (Field | undefined)[], cells: string[]): ImportRow {
  const row = emptyRow(line, '');
  // Where a file names its Chinese and English definitions, a plain "definition" or Anki's "Back" is a
  // summary of them (TermLens's own Anki export): reading it would fill an empty side with the summary.
  const hasSides = fields.includes('definitionZh') || fields.includes('definitionEn');
  fields.forEach((field, i) => {
    const cell = unescapeFormula((cells[i] ?? '').trim());
    if (!field || field === 'ignore' || cell === '' || (field === 'definition' && hasSides)) return;
    switch (field) {
      case 'term':
        row.term = cell;
        break;
      case 'forms':
        row.forms.push(...splitForms(cell));
        break;
      case 'pinyin':
        row.pinyin = markedPinyin(cell);
        break;
      case 'tags':
        row.tags.push(...splitTags(cell));
        break;
      case 'definition':
        if (hasHan(cell) && !row.definitionZh) row.definitionZh = cell;
        else if (!row.definitionEn) row.definitionEn = cell;
        break;
      default:
        row[field] = cell;
    }
  });
  return row;
}
