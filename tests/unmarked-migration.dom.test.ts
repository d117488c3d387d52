import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openReaderDb } from '../lib/db/schema';
import { setStatus } from '../lib/db/statuses';
import { moveUnmarkedTerms } from '../lib/browser/unmarked-migration';

const freshDb = () => openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('moving an older version\'s "Don\'t mark this term" list into the database', () => {
  beforeEach(() => fakeBrowser.reset());

  it('makes each listed term ignored, keeps a status the reader set since, and takes the list out of the settings (the rest kept)', async () => {
    const db = freshDb();
    await setStatus(db, 'ke-ling', 'known', 7);
    await fakeBrowser.storage.local.set({ settings: { firstOnly: true, unmarkedTerms: ['maas', 'ke-ling', 'Bad Id', 'maas'] } });
    expect(await moveUnmarkedTerms(db)).toBe(2);
    expect((await db.statuses.toArray()).map((s) => [s.termId, s.status]).sort()).toEqual([
      ['ke-ling', 'known'],
      ['maas', 'ignored'],
    ]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ firstOnly: true });
  });

  it('does nothing where there is no list (a new reader, or moved before)', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ settings: { firstOnly: true } });
    expect(await moveUnmarkedTerms(db)).toBe(0);
    expect(await db.statuses.count()).toBe(0);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ firstOnly: true });
  });
});
