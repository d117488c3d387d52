import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { said } from './import-reason-text';
import { ImportCancelled, writeErrorReason, writeImport } from '../lib/db/import-write';
import { getMessage, useLocale } from './setup/i18n';
import { countOwnTerms, listOwnTerms, ownTermId, saveOwnTerm } from '../lib/db/own-terms';
import { openReaderDb } from '../lib/db/schema';
import { detectFormat, parseImport } from '../lib/import/detect';
import { planImport, type PlanContext } from '../lib/import/plan';

const sample = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'import', file), 'utf8');
const parse = (file: string) => parseImport(detectFormat(file, sample(file)), sample(file));
const bundledForms = new Map([['MaaS', 'MaaS'], ['大模型', '大模型'], ['大模型一体机', '大模型一体机']]);
const context = (over: Partial<PlanContext> = {}): PlanContext => ({ existing: new Map(), bundledForms, origin: 'file', now: 1000, ...over });
const freshDb = () => openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('import preview', () => {
  it('reports new, duplicate, invalid (with line and reason) and risky short Latin forms of a CSV', () => {
    const { records, report } = planImport(parse('team-glossary.csv'), context());
    expect(records.map((r) => r.term)).toEqual(['具身智能', '端侧模型', 'MoE', '推理芯片', 'AI']);
    expect(report.newCount).toBe(5);
    expect(report.updatedCount).toBe(0);
    expect(report.duplicates).toEqual([{ line: 8, term: '具身智能', firstLine: 2 }]);
    expect(said(report.invalid)).toEqual([
      { line: 5, reason: 'no term' },
      { line: 9, reason: '2 fields where the header has 6' },
    ]);
    expect(report.riskyShort).toEqual([
      { line: 4, form: 'MoE' },
      { line: 10, form: 'AI' },
    ]);
  });

  it('counts a saved term as updated, keeps what the file leaves empty, and counts an identical one as unchanged', async () => {
    const db = freshDb();
    const saved = await saveOwnTerm(db, { term: '智算中心', english: 'old name', note: 'my own note' }, 1);
    const same = await saveOwnTerm(db, { term: '大模型一体机', pinyin: 'dà mó xíng yī tǐ jī', english: 'LLM appliance', definitionZh: '预装大模型软硬件的一体化服务器', note: '政企采购常见', origin: 'file' }, 1);
    const { records, report } = planImport(parse('zh-headers.tsv'), context({ existing: new Map([[saved.id, saved], [same.id, same]]) }));
    expect([report.newCount, report.updatedCount, report.unchangedCount]).toEqual([0, 1, 1]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ term: '智算中心', english: 'AI computing centre', note: 'my own note', createdAt: 1, updatedAt: 1000 });
    expect(report.duplicates).toEqual([{ line: 3, term: '智算中心', firstLine: 2 }]);
    expect(said(report.invalid)).toEqual([{ line: 5, reason: 'term has no letters or characters' }]);
    expect(report.collisions).toEqual([{ line: 4, term: '大模型一体机', other: '大模型一体机', kind: 'bundled' }]);
  });

  it('does NOT ask OpenCC about CC-CEDICT lines, which spell both scripts even where they are the same', () => {
    const asked: string[] = [];
    const parsed = parseImport('cedict', '模型 模型 [mo2 xing2] /model/\n晶片 芯片 [xin1 pian4] /chip/');
    const { records } = planImport(parsed, context({ variantsOf: (t) => (asked.push(t), ['變體']) }));
    expect(asked).toEqual([]);
    expect(records.map((r) => r.forms)).toEqual([['模型'], ['芯片', '晶片']]);
    const tsv = parseImport('tsv', 'term\tenglish\n模型\tmodel');
    expect(planImport(tsv, context({ variantsOf: (t) => (asked.push(t), ['模型變體']) })).records[0]!.forms).toEqual(['模型', '模型變體']);
    expect(asked).toEqual(['模型']);
  });

  it('reports Simplified/Traditional collisions between lines and with saved terms', () => {
    const toTraditional: Record<string, string> = { 算力: '算力', 人工智能: '人工智慧', 晶片: '晶片', 女儿: '女兒', 模型: '模型', 芯片: '晶片' };
    const variantsOf = (t: string) => [toTraditional[t] ?? t].filter((v) => v !== t);
    // CC-CEDICT names each line's Traditional form itself: 人工智能's 人工智慧 meets the saved term.
    const parsed = parseImport('cedict', sample('sample.cedict.u8'));
    const saved = { id: ownTermId('人工智慧'), term: '人工智慧', forms: ['人工智慧'], pinyin: '', english: 'AI', definitionZh: '', definitionEn: '', note: '', tags: [], origin: 'manual', createdAt: 1, updatedAt: 1 };
    const { report, records } = planImport(parsed, context({ existing: new Map([[saved.id, saved]]), variantsOf }));
    expect(report.collisions).toEqual([{ line: 6, term: '人工智能', other: '人工智慧', kind: 'script' }]);
    expect(records.find((r) => r.term === '人工智能')!.forms).toEqual(['人工智能', '人工智慧']);
    // A file without other forms gets them from OpenCC: 芯片's Taiwan form is another line's term.
    const tsv = parseImport('tsv', 'term\tenglish\n晶片\tchip\n芯片\tchip');
    expect(planImport(tsv, context({ variantsOf })).report.collisions).toEqual([{ line: 3, term: '芯片', other: '晶片', kind: 'script', otherLine: 2 }]);
  });
});

describe('import write', () => {
  it('writes every planned record in one transaction, reporting progress', async () => {
    const db = freshDb();
    const { records } = planImport(parse('sample.cedict.u8'), context());
    const progress: [number, number][] = [];
    await writeImport(db, records, { onProgress: (done, total) => progress.push([done, total]) });
    expect((await listOwnTerms(db)).map((r) => r.term).sort()).toEqual(['人工智能', '女儿', '晶片', '模型', '算力']);
    expect(progress).toEqual([[5, 5]]);
  });

  it('does NOT write anything when cancelled after the first chunk', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 30 }, (_, i) => `词${i} 词${i} [ci2] /word ${i}/`).join('\n');
    const { records } = planImport(parseImport('cedict', rows), context());
    let chunks = 0;
    const error = await writeImport(db, records, { shardsPerStep: 1, onProgress: () => chunks++, cancelled: () => chunks >= 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportCancelled);
    expect(writeErrorReason(error)).toEqual({ key: 'importReasonCancelled' });
    expect(chunks).toBe(1);
    expect(await countOwnTerms(db)).toBe(0);
  });

  it('does NOT keep part of an import when a record fails to write, and keeps what was saved before', async () => {
    const db = freshDb();
    await saveOwnTerm(db, { term: '已保存', english: 'saved before' });
    const { records } = planImport(parse('sample.cedict.u8'), context());
    // A value IndexedDB cannot store (a function cannot be cloned) fails the write after other shards were put.
    const unstorable = { ...records[0]!, id: 'own-0000000000000000', term: '不可存', note: (() => 'x') as unknown as string };
    const error = await writeImport(db, [...records, unstorable], { shardsPerStep: 1 }).catch((e: unknown) => e);
    expect(writeErrorReason(error)).toMatchObject({ key: 'importReasonWriteFailed', args: [expect.stringMatching(/clone/i)] });
    expect((await listOwnTerms(db)).map((r) => r.term)).toEqual(['已保存']);
  });

  it('tells the reader when the storage quota is reached', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(writeErrorReason(quota)).toEqual({ key: 'importReasonQuota' });
    expect(getMessage('importReasonQuota')).toBe('the browser has no room left for this import (storage quota reached): nothing was written; free some space or import a smaller file');
  });

  it('says every reason in the reader\'s interface language', () => {
    const { report } = planImport(parseImport('csv', 'term,english,pinyin\n,x,\n只有术语,,\n智算,AI computing,zhì suàn,extra'), context());
    try {
      expect(said(report.invalid)).toEqual([
        { line: 2, reason: 'no term' },
        { line: 3, reason: 'nothing but the term (no pinyin, English, definition or note)' },
        { line: 4, reason: '4 fields where the header has 3' },
      ]);
      useLocale('zh_CN');
      expect(said(report.invalid).map((i) => i.reason)).toEqual(['没有术语', '只有术语（没有拼音、英文、释义或备注）', '有 4 个字段，而表头有 3 个']);
      expect(getMessage('importReasonWriteFailed', ['磁盘错误'])).toBe('导入失败，没有写入任何内容：磁盘错误');
      useLocale('zh_TW');
      expect(said(report.invalid).map((i) => i.reason)).toEqual(['沒有術語', '只有術語（沒有拼音、英文、釋義或備註）', '有 4 個欄位，而表頭有 3 個']);
    } finally {
      useLocale('en');
    }
  });
});
