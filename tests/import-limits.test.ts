/** Honest scale: imports past the limits TermLens can serve are refused before anything is written, with the limit stated. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createImportJob, lineCount } from '../lib/browser/import-job';
import { countOwnTerms, listOwnTerms, saveOwnTerm } from '../lib/db/own-terms';
import { openReaderDb } from '../lib/db/schema';
import type { Glossary } from '../lib/glossary/types';
import { IMPORT_LINES_MAX, MAX_TERM_CHARS, OWN_FORMS_MAX, OWN_TERMS_MAX } from '../lib/limits';
import type { ImportWorkerReply } from '../lib/import/worker-protocol';
import { said } from './import-reason-text';

const GLOSSARY = { version: 1, categories: [], sources: [], terms: [] } as unknown as Glossary;

function harness() {
  const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const replies: ImportWorkerReply[] = [];
  const job = createImportJob({ db, post: (reply) => void replies.push(reply), fetchGlossary: async () => GLOSSARY, loadVariants: async () => () => [] });
  const preview = (text: string, name = 'team.csv') => job({ type: 'preview', file: new File([text], name), glossaryUrl: 'chrome-extension://x/glossary.json', now: 5 });
  return { db, replies, job, preview };
}

/** `n` distinct terms as CSV lines with an English column. */
const csvLines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `词${from + i},w${from + i}`);

describe('import limits', () => {
  it('counts lines with or without a final line break', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\r\nb\r\n')]).toEqual([0, 1, 1, 2, 2]);
  });

  it('refuses a generated 1,000,000-line file with the limit stated, and writes NOTHING, even when asked to', async () => {
    const { db, replies, job, preview } = harness();
    const text = `term,english\n${csvLines(999_999).join('\n')}\n`;
    await preview(text);
    expect(replies).toEqual([{ type: 'failed', reason: { key: 'importReasonTooManyLines', args: [1_000_000, IMPORT_LINES_MAX] } }]);
    const refused = replies[0]!;
    expect(said([{ line: 0, reason: refused.type === 'failed' ? refused.reason : { key: 'importReasonNoTerm' } }])[0]!.reason).toBe(
      'the file has 1000000 lines; TermLens imports at most 150000 at a time, so that pages still start quickly: nothing was imported',
    );
    await job({ type: 'write' });
    expect(replies[1]).toEqual({ type: 'failed', reason: { key: 'importReasonWriteFailed', args: ['no previewed import to write'] } });
    expect(await countOwnTerms(db)).toBe(0);
  });

  it('does NOT write an earlier preview\'s plan after a later file was refused', async () => {
    const { db, replies, job, preview } = harness();
    await preview(`term,english\n${csvLines(3).join('\n')}\n`);
    expect(replies[0]).toMatchObject({ type: 'preview', recordCount: 3 });
    await preview(`term,english\n${csvLines(IMPORT_LINES_MAX).join('\n')}\n`);
    expect(replies[1]).toMatchObject({ type: 'failed', reason: { key: 'importReasonTooManyLines' } });
    await job({ type: 'write' });
    expect(replies[2]).toMatchObject({ type: 'failed', reason: { key: 'importReasonWriteFailed' } });
    expect(await countOwnTerms(db)).toBe(0);
  });

  it('refuses an import that would take the own terms past OWN_TERMS_MAX, saying how many there would be', async () => {
    const { db, replies, preview } = harness();
    await saveOwnTerm(db, { term: '端侧模型', english: 'on-device model' });
    await preview(`term,english\n${csvLines(OWN_TERMS_MAX).join('\n')}\n`);
    expect(replies).toEqual([{ type: 'failed', reason: { key: 'importReasonTooManyTerms', args: [OWN_TERMS_MAX + 1, OWN_TERMS_MAX] } }]);
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['端侧模型']);
  });

  it('skips a term with 5,000 forms and one with a 2 MB form, each with its reason, and imports the others', async () => {
    const { db, replies, job, preview } = harness();
    const manyForms = Array.from({ length: 5000 }, (_, i) => `别名${i}`).join('|');
    const hugeForm = '长'.repeat(2 * 1024 * 1024);
    await preview(['term,forms,english', '光量子,,photonic quantum', `类脑,${manyForms},brain-like`, `存算,${hugeForm},compute-in-memory`, '端侧模型,端側模型,on-device model'].join('\n'));
    const reply = replies[0]!;
    expect(reply.type).toBe('preview');
    if (reply.type !== 'preview') return;
    expect(reply.recordCount).toBe(2);
    expect(reply.report.invalid).toEqual([
      { line: 3, reason: { key: 'importReasonTooManyForms', args: [5001, OWN_FORMS_MAX] } },
      { line: 4, reason: { key: 'importReasonFormTooLong', args: [MAX_TERM_CHARS] } },
    ]);
    expect(said(reply.report.invalid)).toEqual([
      { line: 3, reason: '5001 forms; at most 64 per term' },
      { line: 4, reason: 'a form longer than 40 characters' },
    ]);
    await job({ type: 'write' });
    expect((await listOwnTerms(db)).map((t) => t.term).sort()).toEqual(['光量子', '端侧模型']);
  });
});
