import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ownTermOf } from '../lib/db/own-terms';
import { ankiTsv, glossaryCsv } from '../lib/export/glossary-export';
import { detectFormat, parseImport } from '../lib/import/detect';

const terms = [
  ownTermOf({ term: '端侧模型', forms: ['端側模型'], pinyin: 'duān cè mó xíng', english: 'on-device model', definitionZh: '在手机等终端上运行的模型', definitionEn: 'A model that runs on the device', note: 'line one\nline two', tags: ['model', 'device'] }, 1),
  ownTermOf({ term: 'MoE', english: 'mixture of experts', definitionEn: 'Routes each token\tto a few experts', tags: ['model arch'] }, 2),
];

describe('glossary export', () => {
  it('writes Anki headers, a stable GUID column and one line per note with no tab or line break inside a field', () => {
    const text = ankiTsv(terms);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:GUID\tFront\tBack\tPinyin\tEnglish\tDefinitionZh\tDefinitionEn\tNote\tTags',
      '#notetype:Basic',
      '#deck:TermLens',
      '#tags:termlens',
      '#guid column:1',
      '#tags column:9',
    ]);
    expect(lines.slice(8).map((l) => l.split('\t'))).toEqual([
      [terms[0]!.id, '端侧模型', 'duān cè mó xíng · on-device model · 在手机等终端上运行的模型 · A model that runs on the device · line one line two', 'duān cè mó xíng', 'on-device model', '在手机等终端上运行的模型', 'A model that runs on the device', 'line one line two', 'model device'],
      [terms[1]!.id, 'MoE', 'mixture of experts · Routes each token to a few experts', '', 'mixture of experts', '', 'Routes each token to a few experts', '', 'model_arch'],
    ]);
    // Same terms, same GUIDs: a later export updates the cards Anki already has.
    expect(ankiTsv([terms[1]!, terms[0]!])).toBe(text);
  });

  it('reads its own Anki export and CSV back into the same fields', () => {
    for (const [name, text] of [['termlens-anki.txt', ankiTsv(terms)], ['termlens.csv', glossaryCsv(terms)]] as const) {
      const { rows, invalid } = parseImport(detectFormat(name, text), text);
      expect(invalid).toEqual([]);
      expect(rows.map((r) => [r.term, r.pinyin, r.english, r.definitionZh, r.definitionEn, r.tags])).toEqual([
        ['端侧模型', 'duān cè mó xíng', 'on-device model', '在手机等终端上运行的模型', 'A model that runs on the device', ['model', 'device']],
        ['MoE', '', 'mixture of experts', '', name.endsWith('.csv') ? 'Routes each token\tto a few experts' : 'Routes each token to a few experts', name.endsWith('.csv') ? ['model', 'arch'] : ['model_arch']],
      ]);
    }
    const csvRows = parseImport('csv', glossaryCsv(terms)).rows;
    expect(csvRows[0]!.forms).toEqual(['端側模型']);
    expect(csvRows[0]!.note).toBe('line one\nline two');
  });
});

/**
 * Anki's own reading of a tab-separated line (Python's csv module: a field that starts with `"` is quoted,
 * `""` inside it is one quote), written independently of the exporter as the reference.
 */
function ankiFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        value += line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      i++; // the closing quote
    } else {
      while (i < line.length && line[i] !== '\t') value += line[i++];
    }
    fields.push(value);
    if (i >= line.length) return fields;
    i++; // the tab
  }
}

describe('glossary export of hostile text', () => {
  const hostile = [
    ownTermOf({ term: '=HYPERLINK("http://evil.example","点我")', english: '+1', definitionZh: '@SUM(A1)', definitionEn: '-2+3', note: '"quoted" start', tags: ['x'] }, 1),
    ownTermOf({ term: '"引号开头', english: 'plain', definitionEn: 'plain', pinyin: 'yǐn hào', tags: [] }, 2),
  ];

  it('neutralises spreadsheet formulas in the CSV, starts it with a BOM, and Import reads the original text back', () => {
    const csv = glossaryCsv(hostile);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(cells[1]!.slice(0, 6)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"点我\")", '', '', "'+1", "'@SUM(A1)", "'-2+3"]);
    expect(cells.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const rows = parseImport('csv', csv).rows;
    expect(rows.map((r) => [r.term, r.english, r.definitionZh, r.definitionEn, r.note])).toEqual([
      ['=HYPERLINK("http://evil.example","点我")', '+1', '@SUM(A1)', '-2+3', '"quoted" start'],
      ['"引号开头', 'plain', '', 'plain', ''],
    ]);
  });

  it('quotes Anki fields that hold a double quote, so no field swallows the next, and says each back line once', () => {
    const lines = ankiTsv(hostile).replace(/\n$/, '').split('\n').slice(8);
    expect(lines.map(ankiFields)).toEqual([
      [hostile[0]!.id, '=HYPERLINK("http://evil.example","点我")', '+1 · @SUM(A1) · -2+3 · "quoted" start', '', '+1', '@SUM(A1)', '-2+3', '"quoted" start', 'x'],
      [hostile[1]!.id, '"引号开头', 'yǐn hào · plain', 'yǐn hào', 'plain', '', 'plain', '', ''],
    ]);
    const rows = parseImport('anki', ankiTsv(hostile)).rows;
    expect(rows.map((r) => [r.term, r.english, r.definitionZh, r.definitionEn])).toEqual([
      ['=HYPERLINK("http://evil.example","点我")', '+1', '@SUM(A1)', '-2+3'],
      ['"引号开头', 'plain', '', 'plain'],
    ]);
  });
});
