import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackupInvalid, exportBackup, parseBackup, parseBackupText, restoreBackup, wipeDatabase } from '../lib/db/backup';
import { clearHistory, metTerms, recordOpened } from '../lib/db/history';
import { noteOf, setNote } from '../lib/db/notes';
import { countOwnTerms, deleteOwnTerm, getOwnTerm, listOwnTerms, normalizeTerm, ownTermId, saveOwnTerm, updateOwnTerm } from '../lib/db/own-terms';
import { OWN_TERM_SHARDS, shardOf } from '../lib/db/own-term-shards';
import { DB_VERSION, openReaderDb, SCHEMA_V1, SCHEMA_V2 } from '../lib/db/schema';
import { idsWithStatus, setStatus, statusOf } from '../lib/db/statuses';
import { getMessage, useLocale } from './setup/i18n';

/** A fresh, empty IndexedDB per test: nothing leaks between tests. */
const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('reader database', () => {
  it('upgrades a version 1 database in place, keeping every own term and note', async () => {
    const idb = fresh();
    const v1 = new Dexie('termlens', idb);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('ownTerms').bulkAdd([
      { id: ownTermId('万卡集群'), term: '万卡集群', variants: ['萬卡集群'], pinyin: 'wàn kǎ jí qún', english: '10,000-GPU cluster', definition: '由上万张加速卡组成的计算集群' },
      { id: ownTermId('MoE'), term: 'MoE', english: 'mixture of experts', definition: 'A model that routes each token to a few expert sub-networks', tags: ['model'] },
    ]);
    await v1.table('notes').add({ termId: 'maas', text: '见第三篇', updatedAt: 5 });
    v1.close();

    const db = openReaderDb(idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const terms = (await listOwnTerms(db)).sort((a, b) => (a.term < b.term ? -1 : 1));
    expect(terms.map((t) => [t.term, t.forms, t.definitionZh, t.definitionEn, t.tags, t.origin])).toEqual([
      ['MoE', ['MoE'], '', 'A model that routes each token to a few expert sub-networks', ['model'], 'manual'],
      ['万卡集群', ['万卡集群', '萬卡集群'], '由上万张加速卡组成的计算集群', '', [], 'manual'],
    ]);
    expect((await getOwnTerm(db, ownTermId('MoE')))?.english).toBe('mixture of experts');
    expect(await noteOf(db, 'maas')).toBe('见第三篇');
    expect(await db.statuses.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 database (one record per own term) into shards, keeping every term whole', async () => {
    const idb = fresh();
    const v2 = new Dexie('termlens', idb);
    v2.version(2).stores(SCHEMA_V2);
    const old = Array.from({ length: 600 }, (_, i) => ({
      id: ownTermId(`词${i}`), term: `词${i}`, forms: [`词${i}`, `詞${i}`], pinyin: 'cí', english: `word ${i}`, definitionZh: '', definitionEn: '', note: i === 7 ? '我的笔记' : '', tags: [], origin: 'file.tsv', createdAt: i, updatedAt: i,
    }));
    await v2.table('ownTerms').bulkAdd(old);
    await v2.table('statuses').add({ termId: old[3]!.id, status: 'known', updatedAt: 1 });
    v2.close();

    const db = openReaderDb(idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['history', 'notes', 'ownTermShards', 'statuses']);
    expect((await listOwnTerms(db)).sort((a, b) => a.createdAt - b.createdAt)).toEqual(old);
    expect(await db.ownTermShards.count()).toBe(new Set(old.map((t) => shardOf(t.id))).size);
    expect(new Set(old.map((t) => shardOf(t.id))).size).toBeGreaterThan(OWN_TERM_SHARDS / 2); // spread, not piled in a few
    expect((await getOwnTerm(db, ownTermId('词7')))?.note).toBe('我的笔记');
    expect(await statusOf(db, old[3]!.id)).toBe('known');
    db.close();
  });

  it('keeps each term in the shard its id hashes to, and updates or deletes it there alone', async () => {
    const db = openReaderDb(fresh());
    const a = await saveOwnTerm(db, { term: '存算一体', english: 'compute-in-memory' }, 1);
    const b = await saveOwnTerm(db, { term: '光计算', english: 'optical computing' }, 2);
    const shards = await db.ownTermShards.toArray();
    expect(shards.flatMap((s) => Object.keys(s.terms).map((id) => [id, s.shard]))).toEqual(
      expect.arrayContaining([
        [a.id, shardOf(a.id)],
        [b.id, shardOf(b.id)],
      ]),
    );
    expect(await updateOwnTerm(db, a.id, (t) => ({ ...t, note: '新笔记', updatedAt: 3 }))).toBe(true);
    expect(await updateOwnTerm(db, ownTermId('没有这个词'), (t) => t)).toBe(false);
    await deleteOwnTerm(db, b.id);
    expect((await listOwnTerms(db)).map((t) => [t.term, t.note, t.updatedAt])).toEqual([['存算一体', '新笔记', 3]]);
    expect(await getOwnTerm(db, b.id)).toBeUndefined();
  });

  it('gives a term the same id however it is spaced or composed, and updates rather than duplicates', async () => {
    const db = openReaderDb(fresh());
    expect(ownTermId(' 文生视频 ')).toBe(ownTermId('文生视频'));
    // The fast path (ASCII and unified ideographs) and the full one agree; the rest is composed and spaced.
    expect(['MoE', '大模型', 'GPT-4o', '㐀', 'cafe\u0301', '\uF900', ' 大  模型 ', 'a\u00a0b'].map(normalizeTerm)).toEqual(['MoE', '大模型', 'GPT-4o', '㐀', 'café', '\u8C48', '大 模型', 'a b']);
    expect(ownTermId('文生视频')).toMatch(/^own-[0-9a-f]{16}$/);
    const first = await saveOwnTerm(db, { term: '文生视频', english: 'text-to-video' }, 1000);
    const second = await saveOwnTerm(db, { term: '文生视频 ', english: 'text-to-video generation' }, 2000);
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(1000);
    expect(second.updatedAt).toBe(2000);
    expect((await listOwnTerms(db)).map((t) => t.english)).toEqual(['text-to-video generation']);
  });

  it('keeps "new" as the absence of a status and lists ids by status', async () => {
    const db = openReaderDb(fresh());
    await setStatus(db, 'maas', 'known', 1);
    await setStatus(db, 'moe', 'ignored', 2);
    await setStatus(db, 'vast', 'learning', 3);
    await setStatus(db, 'vast', 'new', 4);
    expect(await statusOf(db, 'maas')).toBe('known');
    expect(await statusOf(db, 'vast')).toBe('new');
    expect(await idsWithStatus(db, 'ignored')).toEqual(['moe']);
    expect(await db.statuses.count()).toBe(2);
  });

  it('counts met terms with their last time and site, most recent first, and clears them', async () => {
    const db = openReaderDb(fresh());
    await recordOpened(db, { termId: 'maas', term: 'MaaS', at: 100, site: 'a.example' });
    await recordOpened(db, { termId: 'vast', term: 'VAST', at: 200, site: 'b.example' });
    await recordOpened(db, { termId: 'maas', term: 'MaaS', at: 300, site: 'c.example' });
    expect(await metTerms(db)).toEqual([
      { termId: 'maas', term: 'MaaS', count: 2, lastSeen: 300, lastSite: 'c.example' },
      { termId: 'vast', term: 'VAST', count: 1, lastSeen: 200, lastSite: 'b.example' },
    ]);
    await clearHistory(db);
    expect(await metTerms(db)).toEqual([]);
  });

  it('restores a wiped database from its JSON backup to identical data', async () => {
    const db = openReaderDb(fresh());
    await saveOwnTerm(db, { term: '天数天算', forms: ['天數天算'], pinyin: 'tiān shù tiān suàn', english: 'Tianshu Tiansuan', tags: ['chip'], met: { title: 'A page', sentence: '天数天算发布了新卡。' } }, 10);
    await setNote(db, 'maas', '注意：不是 SaaS', 11);
    await setStatus(db, 'maas', 'learning', 12);
    await recordOpened(db, { termId: 'maas', term: 'MaaS', at: 13, site: 'news.example', url: 'https://news.example/a' });
    const before = await exportBackup(db, new Date(0));
    const json = JSON.stringify(before);

    await wipeDatabase(db);
    expect(await countOwnTerms(db)).toBe(0);
    expect(await db.history.count()).toBe(0);

    await restoreBackup(db, parseBackup(JSON.parse(json)));
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });

  it('refuses a file that is not a TermLens backup and does NOT touch the database; in a backup, leaves out each record it cannot use', async () => {
    const db = openReaderDb(fresh());
    await saveOwnTerm(db, { term: 'MaaS' }, 1);
    const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
    expect(() => parseBackup({ format: 'other' })).toThrow('not a TermLens backup');
    backup.statuses = [{ termId: 'x', status: 'forgotten', updatedAt: 1 }, { termId: 'maas', status: 'known', updatedAt: 2 }];
    const checked = parseBackup(backup);
    expect(checked.statuses).toEqual([{ termId: 'maas', status: 'known', updatedAt: 2 }]);
    expect(checked.dropped).toEqual([{ table: 'statuses', record: 1, reason: 'restoreDropShape' }]);
    expect(await countOwnTerms(db)).toBe(1);
  });

  it('says why a backup file was refused in the reader\'s interface language', () => {
    const refusal = (text: string) => {
      try {
        parseBackupText(text, 'mine.json');
      } catch (error) {
        if (error instanceof BackupInvalid) return error.reason;
        throw error;
      }
      throw new Error('accepted');
    };
    const reasons = [
      refusal('{"format": "termlens-backup"'),
      refusal('{"format": "other"}'),
      refusal('{"format": "termlens-backup", "version": 99}'),
      refusal('{"format": "termlens-backup", "version": 1, "ownTerms": []}'),
      refusal('{"format": "termlens-backup", "version": 1, "ownTerms": [], "notes": [{"termId": 1}]}'),
    ];
    const say = () => reasons.map((r) => getMessage(r.key, (r.args ?? []).map(String)));
    try {
      expect(say()).toEqual([
        'mine.json is not a JSON file',
        'this is not a TermLens backup (it has no "format": "termlens-backup")',
        `the backup is of version 99, newer than this TermLens (${DB_VERSION}): update TermLens first`,
        'the backup has no "notes" list',
        'the backup has no "statuses" list',
      ]);
      useLocale('zh_CN');
      expect(say()).toEqual([
        'mine.json 不是 JSON 文件',
        '这不是术语镜的备份（缺少 “format”: “termlens-backup”）',
        `备份的版本是 99，比当前的术语镜（${DB_VERSION}）新：请先更新术语镜`,
        '备份中缺少“notes”列表',
        '备份中缺少“statuses”列表',
      ]);
      useLocale('zh_TW');
      expect(say()[4]).toBe('備份中缺少“statuses”列表');
    } finally {
      useLocale('en');
    }
  });
});
