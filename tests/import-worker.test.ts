/** The import worker's messages, checked both ways, and its work: preview writes nothing, write writes the plan, cancel aborts it. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createImportJob } from '../lib/browser/import-job';
import { countOwnTerms, listOwnTerms, saveOwnTerm } from '../lib/db/own-terms';
import { openReaderDb } from '../lib/db/schema';
import type { Glossary } from '../lib/glossary/types';
import { parseImportWorkerReply, parseImportWorkerRequest, type ImportWorkerReply } from '../lib/import/worker-protocol';

const CEDICT = [
  '# CC-CEDICT',
  '大模型評測 大模型评测 [da4 mo2 xing2 ping2 ce4] /model evaluation/',
  '光量子 光量子 [guang1 liang4 zi3] /photonic quantum/',
  'not a cedict line',
  '大模型 大模型 [da4 mo2 xing2] /large model/',
].join('\n');

// Only the forms matter to a plan: which bundled term an own term would hide.
const GLOSSARY = { version: 1, categories: [], sources: [], terms: [{ term: '大模型', forms: ['大模型'] }] } as unknown as Glossary;

/** `onReply` runs inside the worker's post, as a message the page sends back at once would. */
function harness(onReply?: (reply: ImportWorkerReply) => void) {
  const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const replies: ImportWorkerReply[] = [];
  const urls: string[] = [];
  let variantsLoaded = 0;
  const job = createImportJob({
    db,
    post: (reply) => (replies.push(reply), onReply?.(reply)),
    fetchGlossary: async (url) => (urls.push(url), GLOSSARY),
    loadVariants: async () => (variantsLoaded++, () => []),
  });
  return { db, replies, urls, job, variantsLoaded: () => variantsLoaded };
}

const previewRequest = (text: string | Uint8Array<ArrayBuffer>, name = 'team.u8') => ({ type: 'preview', file: new File([text], name), glossaryUrl: 'chrome-extension://x/glossary.json', now: 5 });
const withoutSteps = (replies: ImportWorkerReply[]) => replies.map((r) => ('steps' in r ? { ...r, steps: r.steps.map((s) => s.name).sort() } : r));

describe('import worker messages', () => {
  it('accepts the three requests the page sends, and NOTHING malformed', () => {
    const file = new File(['x'], 'a.csv');
    expect(parseImportWorkerRequest({ type: 'preview', file, glossaryUrl: 'u', now: 1 })).toEqual({ type: 'preview', file, glossaryUrl: 'u', now: 1 });
    expect(parseImportWorkerRequest({ type: 'write', extra: 1 })).toEqual({ type: 'write' });
    expect(parseImportWorkerRequest({ type: 'cancel' })).toEqual({ type: 'cancel' });
    for (const bad of [
      null,
      'write',
      [{ type: 'write' }],
      { type: 'preview', file: 'a.csv', glossaryUrl: 'u', now: 1 },
      { type: 'preview', file, now: 1 },
      { type: 'preview', file, glossaryUrl: 'u', now: Number.NaN },
      { type: 'delete-everything' },
    ]) {
      expect(parseImportWorkerRequest(bad)).toBeUndefined();
    }
  });

  it('accepts the worker\'s replies, and NOTHING malformed', () => {
    const report = { newCount: 1, updatedCount: 0, unchangedCount: 0, duplicates: [], invalid: [{ line: 3, reason: { key: 'importReasonNotCedict' } }], collisions: [], riskyShort: [] };
    const preview = { type: 'preview', fileName: 'a.u8', format: 'cedict', report, recordCount: 1, encoding: 'gb18030', guessedEncoding: true, steps: [{ name: 'parse', at: 1.5, duration: 2 }] };
    expect(parseImportWorkerReply(preview)).toEqual(preview);
    expect(parseImportWorkerReply({ type: 'progress', done: 16, total: 20 })).toEqual({ type: 'progress', done: 16, total: 20 });
    expect(parseImportWorkerReply({ type: 'written', steps: [] })).toEqual({ type: 'written', steps: [] });
    expect(parseImportWorkerReply({ type: 'failed', reason: { key: 'importReasonQuota' } })).toEqual({ type: 'failed', reason: { key: 'importReasonQuota' } });
    for (const bad of [
      undefined,
      { ...preview, format: 'xlsx' },
      { ...preview, recordCount: -1 },
      { ...preview, encoding: '<b>' },
      { ...preview, guessedEncoding: 'yes' },
      { ...preview, report: { ...report, invalid: [{ line: 3, reason: { key: 'restoreDone' } }] } },
      { ...preview, report: { ...report, collisions: [{ line: 1, term: 'a', other: 'b', kind: 'other' }] } },
      { ...preview, report: { ...report, duplicates: undefined } },
      { ...preview, steps: [{ name: 'parse' }] },
      { type: 'progress', done: 21, total: 20 },
      { type: 'progress', done: 1.5, total: 20 },
      { type: 'failed', reason: { key: 'importReasonQuota', args: [{}] } },
      { type: 'failed' },
      { type: 'done' },
    ]) {
      expect(parseImportWorkerReply(bad)).toBeUndefined();
    }
  });
});

describe('import worker', () => {
  it('previews a file with the exact report and writes NOTHING, then writes the plan on "write"', async () => {
    const { db, replies, urls, job, variantsLoaded } = harness();
    await job(previewRequest(CEDICT));
    expect(urls).toEqual(['chrome-extension://x/glossary.json']);
    expect(variantsLoaded()).toBe(0); // CC-CEDICT spells both scripts: no OpenCC
    expect(withoutSteps(replies)).toEqual([
      {
        type: 'preview',
        fileName: 'team.u8',
        format: 'cedict',
        recordCount: 3,
        encoding: 'utf-8',
        guessedEncoding: false,
        report: {
          newCount: 3,
          updatedCount: 0,
          unchangedCount: 0,
          duplicates: [],
          invalid: [{ line: 4, reason: { key: 'importReasonNotCedict' } }],
          collisions: [{ line: 5, term: '大模型', other: '大模型', kind: 'bundled' }],
          riskyShort: [],
        },
        steps: ['bundled', 'existing', 'parse', 'plan', 'read'],
      },
    ]);
    expect(await countOwnTerms(db)).toBe(0);

    await job({ type: 'write' });
    expect(withoutSteps(replies.slice(1))).toEqual([
      { type: 'progress', done: 3, total: 3 },
      { type: 'written', steps: ['write'] },
    ]);
    expect((await listOwnTerms(db)).map((t) => [t.term, t.forms, t.origin, t.createdAt]).sort()).toEqual([
      ['光量子', ['光量子'], 'team.u8', 5],
      ['大模型', ['大模型'], 'team.u8', 5],
      ['大模型评测', ['大模型评测', '大模型評測'], 'team.u8', 5],
    ]);
  });

  it('reads a file as the Reader does: UTF-16 by its byte-order mark, GBK by a guess it reports', async () => {
    const tsv = 'term\tenglish\n智算中心\tAI computing centre\n大模型评测\tmodel evaluation';
    const read = async (bytes: Uint8Array<ArrayBuffer>) => {
      const { replies, job } = harness();
      await job(previewRequest(bytes, 'team.tsv'));
      const reply = replies[0]!;
      return reply.type === 'preview' ? [reply.encoding, reply.guessedEncoding, reply.recordCount] : reply;
    };
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...tsv].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await read(utf16)).toEqual(['utf-16le', false, 2]);
    expect(await read(new Uint8Array(iconv.encode(tsv, 'gbk')))).toEqual(['gb18030', true, 2]);
  });

  it('loads OpenCC only for a file whose rows give no other forms', async () => {
    const { replies, job, variantsLoaded } = harness();
    await job(previewRequest('term\tenglish\n智算\tAI computing', 'team.tsv'));
    expect(variantsLoaded()).toBe(1);
    expect(replies.map((r) => r.type === 'preview' && [r.format, r.recordCount])).toEqual([['tsv', 1]]);
  });

  it('aborts the write on "cancel" between steps: NOTHING is written and the reason is "cancelled"', async () => {
    // The first progress (16 shards written inside the transaction) is the point to cancel at.
    const { db, replies, job } = harness((reply) => reply.type === 'progress' && void job({ type: 'cancel' }));
    await saveOwnTerm(db, { term: '已保存', english: 'kept' }, 1);
    const lines = Array.from({ length: 400 }, (_, i) => `詞${i} 词${i} [ci2] /word ${i}/`).join('\n');
    await job(previewRequest(lines));
    await job({ type: 'write' });
    expect(withoutSteps(replies.slice(1)).map((r) => r.type)).toEqual(['progress', 'failed']);
    expect(replies.at(-1)).toEqual({ type: 'failed', reason: { key: 'importReasonCancelled' } });
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['已保存']);
  });

  it('ignores a malformed request and refuses a write with nothing previewed', async () => {
    const { db, replies, job } = harness();
    await job({ type: 'preview', file: 'team.u8' });
    await job({ type: 'write', records: [{ term: 'injected' }] });
    expect(replies).toEqual([{ type: 'failed', reason: { key: 'importReasonWriteFailed', args: ['no previewed import to write'] } }]);
    expect(await countOwnTerms(db)).toBe(0);
  });
});
