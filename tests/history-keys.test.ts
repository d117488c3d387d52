import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearHistory, metTerms, recordOpened } from '../lib/db/history';
import { openReaderDb } from '../lib/db/schema';

const visit = (termId: string, at: number) => ({ termId, term: termId, at, site: 'news.example' });

describe('history keys in a database whose key generator is spent', () => {
  it('still records after a key of 2^53 was stored, and after Clear history', async () => {
    const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    // What a backup of an older version could restore: IndexedDB's generator never hands out a key again.
    await db.history.add({ ...visit('maas', 1), seq: 2 ** 53 });
    await expect(db.history.add(visit('sora', 2))).rejects.toThrow();
    await recordOpened(db, visit('sora', 2));
    expect((await metTerms(db)).map((m) => m.termId)).toEqual(['sora', 'maas']);
    await clearHistory(db);
    await recordOpened(db, visit('aigc', 3));
    await recordOpened(db, visit('aigc', 4));
    expect(await metTerms(db)).toEqual([{ termId: 'aigc', term: 'aigc', count: 2, lastSeen: 4, lastSite: 'news.example' }]);
    expect((await db.history.toArray()).map((h) => h.seq)).toEqual([1, 2]);
    db.close();
  });
});
