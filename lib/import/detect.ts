/** Which format a file is in, from its name and first lines, and the parser for it. */
import { parseAnki } from './anki';
import { parseCedict } from './cedict';
import { parseDelimited } from './delimited';
import { parsePleco } from './pleco';
import type { ImportFormat, ParseResult } from './types';

const CEDICT_LINE = /^\S+ \S+ \[[^\]]*\] \/.+\/\s*$/;

export function detectFormat(fileName: string, text: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  if (head.some((l) => /^#(separator|html|columns|notetype|deck|tags|guid)[a-z ]*:/i.test(l))) return 'anki';
  const data = head.filter((l) => !l.startsWith('#'));
  if (data.length > 0 && data.filter((l) => CEDICT_LINE.test(l)).length >= Math.ceil(data.length / 2)) return 'cedict';
  if (/\.csv$/i.test(fileName)) return 'csv';
  const first = data[0] ?? '';
  // A header row names a term column; a Pleco export starts with a card or a // category.
  const headerCells = first.split(first.includes('\t') ? '\t' : ',').map((c) => c.trim().toLowerCase());
  const looksLikeHeader = headerCells.some((c) => ['term', '术语', '術語', 'word', 'headword'].includes(c));
  if (!looksLikeHeader && (head[0]?.startsWith('//') || /\t[a-züāáǎàēéěèīíǐìōóǒòūúǔù:]+[1-5]?/i.test(first))) return 'pleco';
  return first.includes('\t') ? 'tsv' : 'csv';
}

export function parseImport(format: ImportFormat, text: string): ParseResult {
  switch (format) {
    case 'csv':
      return parseDelimited(text, ',');
    case 'tsv':
      return parseDelimited(text, '\t');
    case 'cedict':
      return parseCedict(text);
    case 'pleco':
      return parsePleco(text);
    case 'anki':
      return parseAnki(text);
  }
}
