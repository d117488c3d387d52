/**
 * Pleco flashcard exports (text): `headword<TAB>pinyin<TAB>definition`, where the headword may be
 * `简体[繁體]` and pinyin is numbered and joined (`han4zi4`); `// Category` lines name the card's
 * category, which becomes a tag.
 */
import { markedPinyin } from './columns';
import { emptyRow, reason, type ParseResult } from './types';

/** Pleco starts a definition with a sense number and a part of speech: not part of the English name. */
const PART_OF_SPEECH = /^(\d+\s+)?((noun|verb|adjective|adverb|measure word|conjunction|preposition|pronoun|idiom|phrase|place word|suffix|prefix)\s+)?/i;

const HEADWORD = /^([^[\]]+)(?:\[([^\]]+)\])?$/;

export function parsePleco(text: string): ParseResult {
  const result: ParseResult = { rows: [], invalid: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let category = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    if (raw.startsWith('//')) {
      category = raw.slice(2).trim().replace(/\s+/g, '_');
      continue;
    }
    const cells = raw.split('\t');
    const head = HEADWORD.exec((cells[0] ?? '').trim());
    if (cells.length < 2 || !head) {
      result.invalid.push({ line: i + 1, reason: reason('importReasonNotPleco') });
      continue;
    }
    const row = emptyRow(i + 1, head[1]!.trim());
    const other = head[2]?.trim();
    if (other && other !== row.term) row.forms.push(other);
    row.pinyin = markedPinyin(cells[1] ?? '');
    // Pleco writes a definition's line breaks as U+EAB1 (private use) or as literal newlines in quotes.
    const definition = cells.slice(2).join(' ').replace(/\uEAB1/g, '; ').trim();
    row.definitionEn = definition;
    row.english = definition.split(/[;,]/)[0]!.replace(PART_OF_SPEECH, '').trim();
    if (category) row.tags.push(category);
    result.rows.push(row);
  }
  return result;
}
