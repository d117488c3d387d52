import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteOwnTerms, listOwnTerms, ownTermId, restoreOwnTerms, saveOwnTerm } from '../lib/db/own-terms';
import { shardOf } from '../lib/db/own-term-shards';
import { openReaderDb } from '../lib/db/schema';
import { setStatus, statusOf } from '../lib/db/statuses';

describe('deleting own terms', () => {
  it('deletes the terms and their statuses, keeps the others, and puts both back on Undo', async () => {
    const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    for (const term of ['端侧模型', '光量子', '类脑计算', '存算一体']) await saveOwnTerm(db, { term, english: term });
    await setStatus(db, ownTermId('光量子'), 'known');
    await setStatus(db, ownTermId('端侧模型'), 'ignored');
    const deleted = await deleteOwnTerms(db, [ownTermId('光量子'), ownTermId('类脑计算'), 'own-0000000000000000']);
    expect(deleted.terms.map((t) => t.term).sort()).toEqual(['光量子', '类脑计算']);
    expect(deleted.statuses).toEqual([expect.objectContaining({ termId: ownTermId('光量子'), status: 'known' })]);
    expect((await listOwnTerms(db)).map((t) => t.term).sort()).toEqual(['存算一体', '端侧模型']);
    expect(await statusOf(db, ownTermId('光量子'))).toBe('new');
    expect(await statusOf(db, ownTermId('端侧模型'))).toBe('ignored');
    await restoreOwnTerms(db, deleted);
    expect((await listOwnTerms(db)).map((t) => t.term).sort()).toEqual(['光量子', '存算一体', '端侧模型', '类脑计算']);
    expect(await statusOf(db, ownTermId('光量子'))).toBe('known');
    db.close();
  });

  it('deletes a damaged record written straight into the database (an id the matcher refuses)', async () => {
    const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await saveOwnTerm(db, { term: '端侧模型', english: 'x' });
    const bad = 'own-NOT AN ID';
    const shard = (await db.ownTermShards.get(shardOf(bad))) ?? { shard: shardOf(bad), terms: {} };
    shard.terms[bad] = { id: bad, term: '坏', forms: ['坏'], createdAt: 1, updatedAt: 1 } as never;
    await db.ownTermShards.put(shard);
    expect((await deleteOwnTerms(db, [bad])).terms.map((t) => t.id)).toEqual([bad]);
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['端侧模型']);
    db.close();
  });
});
