/**
 * CC-CEDICT lines: `Traditional Simplified [pin1 yin1] /sense 1/sense 2/`. Pinyin comes numbered
 * (the distributed file) or with tone marks (some converted copies); both give tone marks here.
 * Lines starting with # are comments.
 */
import { markedPinyin } from './columns';
import { emptyRow, reason, type ParseResult } from './types';

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.+)\/\s*$/;

export function parseCedict(text: string): ParseResult {
  const result: ParseResult = { rows: [], invalid: [], bothScripts: true };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const m = LINE.exec(raw);
    if (!m) {
      result.invalid.push({ line: i + 1, reason: reason('importReasonNotCedict') });
      continue;
    }
    const [, traditional, simplified, pinyin, senses] = m as unknown as [string, string, string, string, string];
    const row = emptyRow(i + 1, simplified);
    if (traditional !== simplified) row.forms.push(traditional);
    row.pinyin = markedPinyin(pinyin.replace(/u:/g, 'ü'));
    const glosses = senses.split('/').map((s) => s.trim()).filter(Boolean);
    row.english = glosses[0] ?? '';
    row.definitionEn = glosses.join('; ');
    result.rows.push(row);
  }
  return result;
}
