import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '../lib/db/backup';
import { MAX_HISTORY_SEQ } from '../lib/db/backup-records';
import { metTerms, recordOpened } from '../lib/db/history';
import { listOwnTerms, ownTermOf, saveOwnTerm } from '../lib/db/own-terms';
import { applyRestore, previewRestore } from '../lib/db/restore';
import { keepSafetyBackup, openSafetyDb, safetyBackup } from '../lib/db/safety-backup';
import { openReaderDb } from '../lib/db/schema';
import { setStatus } from '../lib/db/statuses';

const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const backupOf = (lists: Partial<Record<'ownTerms' | 'notes' | 'statuses' | 'history', unknown[]>>) => ({
  format: 'termlens-backup', version: 3, exportedAt: '2026-01-01T00:00:00.000Z', ownTerms: [], notes: [], statuses: [], history: [], ...lists,
});

describe('backup records', () => {
  it('leaves out each record TermLens could not use, says why, and keeps the rest', () => {
    const good = ownTermOf({ term: '端侧模型', english: 'on-device model' }, 5);
    const checked = parseBackup(backupOf({
      ownTerms: [
        good,
        { ...ownTermOf({ term: '光量子' }, 1), id: 'own-NOT AN ID' },
        { ...ownTermOf({ term: '类脑' }, 1), forms: Array.from({ length: 200 }, (_, i) => `类脑${i}`) },
        { ...ownTermOf({ term: '存算' }, 1), createdAt: 1e20 },
        good,
        'a string',
      ],
      statuses: [{ termId: 'Bad Id!', status: 'known', updatedAt: 1 }, { termId: 'maas', status: 'known', updatedAt: 1 }],
      notes: [{ termId: 'maas', text: 'x'.repeat(5000), updatedAt: 1 }],
      history: [{ seq: 2 ** 53, termId: 'maas', term: 'MaaS', at: 1, site: 'a.example' }],
    }));
    expect(checked.ownTerms).toEqual([good]);
    expect(checked.statuses).toEqual([{ termId: 'maas', status: 'known', updatedAt: 1 }]);
    expect(checked.history).toEqual([{ termId: 'maas', term: 'MaaS', at: 1, site: 'a.example' }]);
    expect(checked.dropped).toEqual([
      { table: 'ownTerms', record: 2, reason: 'restoreDropId' },
      { table: 'ownTerms', record: 3, reason: 'restoreDropSize' },
      { table: 'ownTerms', record: 4, reason: 'restoreDropTime' },
      { table: 'ownTerms', record: 5, reason: 'restoreDropDuplicate' },
      { table: 'ownTerms', record: 6, reason: 'restoreDropShape' },
      { table: 'notes', record: 1, reason: 'restoreDropSize' },
      { table: 'statuses', record: 1, reason: 'restoreDropId' },
    ]);
  });

  it('carries no unknown field into the database', () => {
    const term = { ...ownTermOf({ term: '端侧模型', met: { title: '页', url: 'https://a.example/' } }, 5), extra: 'x'.repeat(100) };
    const [kept] = parseBackup(backupOf({ ownTerms: [{ ...term, met: { ...term.met, tracker: 'y' } }] })).ownTerms;
    expect(Object.keys(kept!)).toEqual(['id', 'term', 'forms', 'pinyin', 'english', 'definitionZh', 'definitionEn', 'note', 'tags', 'met', 'origin', 'createdAt', 'updatedAt']);
    expect(kept!.met).toEqual({ title: '页', url: 'https://a.example/' });
  });

  it('keeps recording history after restoring a visit whose key is near 2^53', async () => {
    const db = openReaderDb(fresh());
    const backup = parseBackup(backupOf({ history: [{ seq: 2 ** 53 - 1, termId: 'maas', term: 'MaaS', at: 1, site: 'a.example' }, { seq: MAX_HISTORY_SEQ, termId: 'vast', term: 'VAST', at: 2, site: 'a.example' }] }));
    await applyRestore(db, backup, 'replace');
    await recordOpened(db, { termId: 'maas', term: 'MaaS', at: 3, site: 'b.example' });
    expect((await metTerms(db)).map((m) => [m.termId, m.count])).toEqual([['maas', 2], ['vast', 1]]);
    expect((await db.history.toArray()).map((h) => h.seq! <= MAX_HISTORY_SEQ + 1)).toEqual([true, true, true]);
  });
});

describe('restore: preview, merge, replace, and the data kept from before', () => {
  async function twoDevices() {
    const db = openReaderDb(fresh());
    await saveOwnTerm(db, { term: '只在这里', english: 'only here' }, 10);
    await saveOwnTerm(db, { term: '两边都有', english: 'newer here' }, 30);
    await saveOwnTerm(db, { term: '备份较新', english: 'older here' }, 10);
    await setStatus(db, 'maas', 'known', 10);
    await recordOpened(db, { termId: 'maas', term: 'MaaS', at: 100, site: 'a.example' });
    const backup = parseBackup(backupOf({
      ownTerms: [
        ownTermOf({ term: '两边都有', english: 'older in backup' }, 20),
        ownTermOf({ term: '备份较新', english: 'newer in backup' }, 40),
        ownTermOf({ term: '只在备份', english: 'only in backup' }, 20),
      ],
      statuses: [{ termId: 'maas', status: 'learning', updatedAt: 5 }, { termId: 'vast', status: 'ignored', updatedAt: 5 }],
      notes: [{ termId: 'vast', text: '注意', updatedAt: 5 }],
      history: [{ seq: 1, termId: 'maas', term: 'MaaS', at: 100, site: 'a.example' }, { seq: 2, termId: 'vast', term: 'VAST', at: 50, site: 'b.example' }],
    }));
    return { db, backup };
  }
  const englishByTerm = async (db: ReturnType<typeof openReaderDb>) => Object.fromEntries((await listOwnTerms(db)).map((t) => [t.term, t.english]));

  it('previews what each choice does, writing nothing', async () => {
    const { db, backup } = await twoDevices();
    const before = await exportBackup(db, new Date(0));
    const preview = await previewRestore(db, backup);
    expect(preview.merge.ownTerms).toEqual({ added: 1, replaced: 1, kept: 2, removed: 0 });
    expect(preview.replace.ownTerms).toEqual({ added: 1, replaced: 2, kept: 0, removed: 1 });
    expect(preview.merge.statuses).toEqual({ added: 1, replaced: 0, kept: 1, removed: 0 });
    expect(preview.replace.history).toEqual({ added: 1, replaced: 0, kept: 1, removed: 0 });
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });

  it('merges: keeps what only this database has, takes only newer copies, adds each visit once', async () => {
    const { db, backup } = await twoDevices();
    await applyRestore(db, backup, 'merge');
    expect(await englishByTerm(db)).toEqual({ 只在这里: 'only here', 两边都有: 'newer here', 备份较新: 'newer in backup', 只在备份: 'only in backup' });
    expect((await db.statuses.toArray()).map((s) => [s.termId, s.status])).toEqual([['maas', 'known'], ['vast', 'ignored']]);
    expect((await db.history.toArray()).map((h) => [h.termId, h.at])).toEqual([['maas', 100], ['vast', 50]]);
  });

  it('replaces exactly, and the data kept before puts the database back as it was', async () => {
    const { db, backup } = await twoDevices();
    const before = await exportBackup(db, new Date(0));
    const safety = openSafetyDb(fresh());
    await keepSafetyBackup(safety, db, 1234);
    await applyRestore(db, backup, 'replace');
    expect(await englishByTerm(db)).toEqual({ 两边都有: 'older in backup', 备份较新: 'newer in backup', 只在备份: 'only in backup' });
    const kept = await safetyBackup(safety);
    expect(kept!.at).toBe(1234);
    await applyRestore(db, kept!.backup, 'replace');
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });
});

describe('restore past the own-term limit', () => {
  it('counts the own terms each choice would leave, and refuses to write one past OWN_TERMS_MAX', async () => {
    const { OWN_TERMS_MAX } = await import('../lib/limits');
    const { RestoreTooLarge } = await import('../lib/db/restore');
    const db = openReaderDb(fresh());
    await saveOwnTerm(db, { term: '端侧模型', english: 'x' });
    const many = Array.from({ length: OWN_TERMS_MAX }, (_, i) => ownTermOf({ term: `词${i}`, english: 'w' }, 5));
    const backup = parseBackup(backupOf({ ownTerms: many }));
    const preview = await previewRestore(db, backup);
    expect(preview.ownTermsAfter).toEqual({ merge: OWN_TERMS_MAX + 1, replace: OWN_TERMS_MAX });
    await expect(applyRestore(db, backup, 'merge')).rejects.toBeInstanceOf(RestoreTooLarge);
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['端侧模型']);
    db.close();
  });
});
