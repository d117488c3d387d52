import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { said } from './import-reason-text';
import { htmlFieldText } from '../lib/import/anki';
import { detectFormat, parseImport } from '../lib/import/detect';

const sample = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'import', file), 'utf8');
const parsed = (file: string) => {
  const text = sample(file);
  const format = detectFormat(file, text);
  return { format, ...parseImport(format, text) };
};
const brief = (r: { line: number; term: string; forms: string[]; pinyin: string; english: string }) => [r.line, r.term, r.forms, r.pinyin, r.english];

describe('import formats', () => {
  it('reads a CSV with English headers, quoted commas, doubled quotes and a field spanning two lines', () => {
    const { format, rows, invalid } = parsed('team-glossary.csv');
    expect(format).toBe('csv');
    expect(rows.map(brief)).toEqual([
      [2, '具身智能', [], 'jù shēn zhì néng', 'embodied AI'],
      [3, '端侧模型', [], 'duān cè mó xíng', 'on-device model'],
      [4, 'MoE', [], '', 'mixture of experts'],
      [5, '', [], '', 'orphan row'],
      [6, '推理芯片', [], 'tuī lǐ xīn piàn', 'inference chip'],
      [8, '具身智能', [], 'jù shēn zhì néng', 'embodied intelligence'],
      [10, 'AI', [], '', 'artificial intelligence'],
    ]);
    expect(rows[1]!.definitionEn).toBe('A model small enough to run on a phone or PC, without a server');
    expect(rows[1]!.tags).toEqual(['model', 'device']);
    expect(rows[1]!.note).toBe('Seen in phone launch news');
    expect(rows[2]!.definitionEn).toBe('A model whose layers route each token to a few "expert" sub-networks');
    expect(rows[4]!.definitionZh).toBe('专为运行已训练模型而设计的芯片\n（而非训练）');
    expect(said(invalid)).toEqual([{ line: 9, reason: '2 fields where the header has 6' }]);
  });

  it('reads a TSV with Chinese headers (术语/拼音/英文/释义/备注) and numbered pinyin', () => {
    const { format, rows, invalid } = parsed('zh-headers.tsv');
    expect(format).toBe('tsv');
    expect(rows.map(brief)).toEqual([
      [2, '智算中心', [], 'zhì suàn zhōng xīn', 'AI computing centre'],
      [3, '智算中心', [], 'zhì suàn zhōng xīn', 'intelligent computing center'],
      [4, '大模型一体机', [], 'dà mó xíng yī tǐ jī', 'LLM appliance'],
      [5, '—', [], '', ''],
    ]);
    expect(rows[2]!.definitionZh).toBe('预装大模型软硬件的一体化服务器');
    expect(rows[2]!.note).toBe('政企采购常见');
    expect(invalid).toEqual([]);
  });

  it('refuses a table without a term column, naming the headers it found', () => {
    const result = parseImport('csv', 'word list,meaning\n');
    expect(result.rows).toEqual([]);
    expect(said(result.invalid)).toEqual([{ line: 1, reason: 'no "term" (术语) column in the header: "word list", "meaning"' }]);
  });

  it('reads CC-CEDICT lines with numbered and with toned pinyin, keeping Traditional as a form', () => {
    const { format, rows, invalid } = parsed('sample.cedict.u8');
    expect(format).toBe('cedict');
    expect(rows.map(brief)).toEqual([
      [5, '算力', [], 'suàn lì', 'computing power'],
      [6, '人工智能', ['人工智慧'], 'rén gōng zhì néng', 'artificial intelligence (AI)'],
      [7, '晶片', [], 'jīng piàn', '(computing) chip'],
      [8, '女儿', ['女兒'], 'nǚ ér', 'daughter'],
      [10, '模型', [], 'mó xíng', 'model'],
    ]);
    expect(rows[4]!.definitionEn).toBe('model; mold; matrix; pattern');
    expect(said(invalid)).toEqual([{ line: 9, reason: 'not a CC-CEDICT line (Traditional Simplified [pin yin] /definition/)' }]);
  });

  it('reads a Pleco flashcard export: 简体[繁體] headwords, joined numbered pinyin, categories as tags', () => {
    const { format, rows, invalid } = parsed('pleco-flashcards.txt');
    expect(format).toBe('pleco');
    expect(rows.map(brief)).toEqual([
      [2, '大模型', [], 'dàmóxíng', 'large model'],
      [3, '智能体', ['智能體'], 'zhìnéngtǐ', '(AI) agent'],
      [5, '算力', [], 'suànlì', 'computing power'],
    ]);
    expect(rows[1]!.definitionEn).toBe('noun (AI) agent; software that plans and acts on its own');
    expect(rows.map((r) => r.tags)).toEqual([['AI_news'], ['AI_news'], ['Hardware']]);
    expect(said(invalid)).toEqual([{ line: 6, reason: 'not a Pleco card (headword, tab, pinyin, tab, definition)' }]);
  });

  it('reads an Anki notes export: headers, metadata columns, HTML fields and a quoted multi-line field', () => {
    const { format, rows, invalid } = parsed('anki-notes.txt');
    expect(format).toBe('anki');
    expect(rows.map((r) => [r.line, r.term, r.definitionEn, r.tags])).toEqual([
      [6, '多模态', 'duō mó tài; multimodal & cross-modal', ['ai', 'model']],
      [7, '向量数据库', 'vector database; stores embeddings', ['db']],
      [9, '幻觉', 'huàn jué; hallucination (of a model)', ['ai']],
      [10, '', 'back without a front', []],
    ]);
    expect(invalid).toEqual([]);
  });

  it('reads our own Anki export back by its #columns names', () => {
    const text = '#separator:tab\n#html:false\n#guid column:1\n#columns:GUID\tTerm\tPinyin\tEnglish\tDefinition\tTags\n#tags column:6\nown-1\t智算\tzhì suàn\tintelligent computing\t面向AI的算力\tchip\n';
    const { rows } = parseImport(detectFormat('export.txt', text), text);
    expect(rows.map((r) => [r.line, r.term, r.pinyin, r.english, r.definitionZh, r.tags])).toEqual([[6, '智算', 'zhì suàn', 'intelligent computing', '面向AI的算力', ['chip']]]);
  });

  it('turns HTML into text without parsing it as markup (no script can run)', () => {
    expect(htmlFieldText('<img src=x onerror=alert(1)>A &lt;b&gt; &#x4e2d;&#25991;<br/>B')).toBe('A <b> 中文; B');
    expect(htmlFieldText('<div>甲</div><div>乙<br>丙</div>\n丁 <script>alert(1)</script>')).toBe('甲; 乙; 丙; 丁');
  });

  it('reads hostile HTML fields in one pass: the text of 200,000 "<", of an unended tag and of 100,000 "; " is what a reader sees', () => {
    // Quadratic work on these took minutes; a linear pass reads them at once (the test checks the text, not time).
    expect(htmlFieldText('<'.repeat(200_000))).toBe('<'.repeat(200_000));
    expect(htmlFieldText('文<a' + ' x'.repeat(100_000))).toBe('文');
    expect(htmlFieldText('a' + '; '.repeat(100_000) + 'b')).toBe('a' + '; '.repeat(100_000).trimEnd() + ' b');
  });
});
