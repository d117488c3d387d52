import { describe, expect, it } from 'vitest';
import { setNote, noteOf } from '../lib/db/notes';
import { countOwnTerms, deleteOwnTerm, getOwnTerm, listOwnTerms, ownTermId, ownTermOf, saveOwnTerm } from '../lib/db/own-terms';
import { putOwnTerms } from '../lib/db/own-term-shards';
import { setStatus, statusOf } from '../lib/db/statuses';
import { SYNC_SHRINK_FACTOR, SYNC_TOMBSTONE_MS } from '../lib/sync/timing';
import { createSyncController, type SyncOutcome } from '../lib/sync/controller';
import { decodeArea } from '../lib/sync/encoding';
import { DEFAULT_SYNC_QUOTA } from '../lib/sync/quota';
import { Device, FakeSyncArea } from './sync-fixtures';

const T0 = Date.UTC(2026, 2, 1, 9);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function twoDevices(skewB = 0) {
  const area = new FakeSyncArea();
  return { area, a: new Device('deva1a', area), b: new Device('devb2b', area, skewB) };
}

async function areaRecords(area: FakeSyncArea) {
  return (await decodeArea(await area.get())).records;
}

describe('sync between two devices sharing one area', () => {
  it('keeps concurrent changes to different records on both devices', async () => {
    const { a, b } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await setNote(b.db, 'disu-tiansuan', '低速算力', T0 + MINUTE);
    await saveOwnTerm(b.db, { term: '光量子', english: 'photonic quantum' }, T0 + 2 * MINUTE);
    await a.sync(T0 + 3 * MINUTE);
    await b.sync(T0 + 4 * MINUTE);
    await a.sync(T0 + 5 * MINUTE);
    for (const device of [a, b]) {
      expect(await statusOf(device.db, 'tianshu-tiansuan')).toBe('known');
      expect(await noteOf(device.db, 'disu-tiansuan')).toBe('低速算力');
      expect((await getOwnTerm(device.db, ownTermId('光量子')))?.english).toBe('photonic quantum');
    }
    // A change from the area keeps its own time here.
    expect((await a.db.statuses.get('tianshu-tiansuan'))?.updatedAt).toBe(T0);
    expect((await b.db.notes.get('disu-tiansuan'))?.updatedAt).toBe(T0 + MINUTE);
  });

  it('takes the later change of the same record, on both devices, whichever syncs first', async () => {
    const { a, b } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0 + 2 * MINUTE);
    await setStatus(b.db, 'tianshu-tiansuan', 'ignored', T0 + MINUTE);
    await b.sync(T0 + 3 * MINUTE);
    await a.sync(T0 + 4 * MINUTE);
    await b.sync(T0 + 5 * MINUTE);
    expect(await statusOf(a.db, 'tianshu-tiansuan')).toBe('known');
    expect(await statusOf(b.db, 'tianshu-tiansuan')).toBe('known');
    expect((await areaRecords(a.area)).get('s:tianshu-tiansuan')).toEqual({ key: 's:tianshu-tiansuan', t: T0 + 2 * MINUTE, d: 'deva1a', v: 'known' });
  });

  it('decides changes in the same second by device id, the same way on both', async () => {
    const { a, b } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0 + 100);
    await setStatus(b.db, 'tianshu-tiansuan', 'learning', T0 + 900);
    await a.sync(T0 + MINUTE);
    await b.sync(T0 + 2 * MINUTE);
    await a.sync(T0 + 3 * MINUTE);
    // 'devb2b' > 'deva1a'
    expect([await statusOf(a.db, 'tianshu-tiansuan'), await statusOf(b.db, 'tianshu-tiansuan')]).toEqual(['learning', 'learning']);
  });

  it('lets a change made after seeing the other device win, even from a clock an hour behind', async () => {
    const { a, b } = twoDevices(60 * MINUTE); // b's clock is an hour ahead
    await setStatus(b.db, 'tianshu-tiansuan', 'known', T0 + 60 * MINUTE);
    await b.sync(T0);
    await a.sync(T0 + MINUTE);
    expect(await statusOf(a.db, 'tianshu-tiansuan')).toBe('known');
    // Five minutes later, by a's clock still 55 minutes before b's stamp:
    await setStatus(a.db, 'tianshu-tiansuan', 'learning', T0 + 5 * MINUTE);
    await a.sync(T0 + 6 * MINUTE);
    await b.sync(T0 + 7 * MINUTE);
    expect(await statusOf(b.db, 'tianshu-tiansuan')).toBe('learning');
    expect(await statusOf(a.db, 'tianshu-tiansuan')).toBe('learning');
    const record = (await areaRecords(a.area)).get('s:tianshu-tiansuan')!;
    expect(record.d).toBe('deva1a');
    expect(record.t).toBe(T0 + 60 * MINUTE + 1000); // moved just past b's stamp
    // And it stays settled: another round changes nothing.
    const ops = a.area.writeOps;
    await a.sync(T0 + 8 * MINUTE);
    await b.sync(T0 + 9 * MINUTE);
    expect(a.area.writeOps).toBe(ops);
  });

  it('carries deletions as tombstones: a status set back to new, a note and an own term removed', async () => {
    const { a, b } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await setNote(a.db, 'disu-tiansuan', '笔记', T0);
    await saveOwnTerm(a.db, { term: '光量子' }, T0);
    await a.sync(T0 + MINUTE);
    await b.sync(T0 + 2 * MINUTE);
    expect(await countOwnTerms(b.db)).toBe(1);
    await setStatus(a.db, 'tianshu-tiansuan', 'new', T0 + 3 * MINUTE);
    await setNote(a.db, 'disu-tiansuan', '', T0 + 3 * MINUTE);
    await deleteOwnTerm(a.db, ownTermId('光量子'));
    await a.sync(T0 + 4 * MINUTE);
    const tombstones = [...(await areaRecords(a.area)).values()].filter((r) => r.v === undefined).map((r) => r.key).sort();
    expect(tombstones).toEqual(['n:disu-tiansuan', `o:${ownTermId('光量子')}`, 's:tianshu-tiansuan']);
    await b.sync(T0 + 5 * MINUTE);
    expect(await statusOf(b.db, 'tianshu-tiansuan')).toBe('new');
    expect(await noteOf(b.db, 'disu-tiansuan')).toBeUndefined();
    expect(await countOwnTerms(b.db)).toBe(0);
  });

  it('takes a database emptied at once for a lost one: fills it again from the area, and does NOT delete on the other device', async () => {
    const { a, b } = twoDevices();
    const ids = Array.from({ length: 60 }, (_, i) => `term-${i}`);
    for (const id of ids) await setStatus(a.db, id, 'known', T0);
    await a.sync(T0 + MINUTE);
    await b.sync(T0 + 2 * MINUTE);
    await a.db.statuses.clear(); // cleared site data, a failed upgrade
    await a.sync(T0 + 3 * MINUTE);
    await b.sync(T0 + 4 * MINUTE);
    expect(await a.db.statuses.count()).toBe(60);
    expect(await b.db.statuses.count()).toBe(60);
    // A few deletions are the reader's own, and travel.
    for (const id of ids.slice(0, 3)) await setStatus(a.db, id, 'new', T0 + 5 * MINUTE);
    await a.sync(T0 + 6 * MINUTE);
    await b.sync(T0 + 7 * MINUTE);
    expect(await b.db.statuses.count()).toBe(57);
  });

  it('keeps a record edited on one device while it was deleted on the other', async () => {
    const { a, b } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await a.sync(T0 + MINUTE);
    await b.sync(T0 + 2 * MINUTE);
    await setStatus(a.db, 'tianshu-tiansuan', 'new', T0 + 3 * MINUTE);
    await setStatus(b.db, 'tianshu-tiansuan', 'ignored', T0 + 4 * MINUTE);
    await a.sync(T0 + 5 * MINUTE);
    await b.sync(T0 + 6 * MINUTE);
    await a.sync(T0 + 7 * MINUTE);
    expect([await statusOf(a.db, 'tianshu-tiansuan'), await statusOf(b.db, 'tianshu-tiansuan')]).toEqual(['ignored', 'ignored']);
  });

  it('drops tombstones after 30 days: a device offline longer keeps its record and offers it again', async () => {
    const area = new FakeSyncArea();
    const [a, b, c] = [new Device('deva1a', area), new Device('devb2b', area), new Device('devc3c', area)];
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await a.sync(T0 + MINUTE);
    await b.sync(T0 + 2 * MINUTE);
    await c.sync(T0 + 3 * MINUTE);
    await setStatus(a.db, 'tianshu-tiansuan', 'new', T0 + DAY);
    await a.sync(T0 + DAY + MINUTE);
    await b.sync(T0 + 2 * DAY); // within 30 days: deleted
    expect(await statusOf(b.db, 'tianshu-tiansuan')).toBe('new');
    await setStatus(a.db, 'disu-tiansuan', 'known', T0 + DAY + SYNC_TOMBSTONE_MS + DAY);
    await a.sync(T0 + DAY + SYNC_TOMBSTONE_MS + DAY); // any later write leaves the old tombstone out
    expect((await areaRecords(area)).has('s:tianshu-tiansuan')).toBe(false);
    await c.sync(T0 + DAY + SYNC_TOMBSTONE_MS + 2 * DAY);
    expect(await statusOf(c.db, 'tianshu-tiansuan')).toBe('known');
    expect((await areaRecords(area)).get('s:tianshu-tiansuan')?.v).toBe('known');
    expect(await statusOf(c.db, 'disu-tiansuan')).toBe('known');
  });

  it('merges settings field by field, and the site list only where the reader ticked it', async () => {
    const { a, b } = twoDevices();
    a.sites = true;
    a.settings = { ...a.settings, highlightStyle: 'background', disabledSites: ['news.example.com'] };
    await a.sync(T0);
    b.settings = { ...b.settings, trigger: 'click', disabledSites: ['mine.example.org'] };
    await b.sync(T0 + MINUTE);
    await a.sync(T0 + 2 * MINUTE);
    expect([a.settings.highlightStyle, a.settings.trigger, a.settings.disabledSites]).toEqual(['background', 'click', ['news.example.com']]);
    expect([b.settings.highlightStyle, b.settings.trigger, b.settings.disabledSites]).toEqual(['background', 'click', ['mine.example.org']]);
    // b does not sync its site list, and keeps a's in the area.
    expect((await areaRecords(b.area)).get('c:disabledSites')?.v).toEqual(['news.example.com']);
  });

  it('NEVER writes the history into the area, nor a page address', async () => {
    const { a, area } = twoDevices();
    await a.db.history.add({ termId: 'tianshu-tiansuan', term: '天数天算', at: T0, site: 'news.example.com', url: 'https://news.example.com/a' });
    await saveOwnTerm(a.db, { term: '光量子', met: { url: 'https://secret.example.com/page', title: '页', sentence: '光量子句。' } }, T0);
    await a.sync(T0 + MINUTE);
    const records = [...(await areaRecords(area)).values()];
    expect(records.map((r) => r.key).filter((k) => !k.startsWith('c:'))).toEqual([`o:${ownTermId('光量子')}`]);
    expect(JSON.stringify(records)).not.toMatch(/example\.com/);
    // The device that kept the address keeps it when the term comes back changed.
    const { b } = { b: new Device('devb2b', area) };
    await b.sync(T0 + 2 * MINUTE);
    await saveOwnTerm(b.db, { term: '光量子', english: 'photonic' }, T0 + 3 * MINUTE);
    await b.sync(T0 + 4 * MINUTE);
    await a.sync(T0 + 5 * MINUTE);
    const mine = await getOwnTerm(a.db, ownTermId('光量子'));
    expect([mine?.english, mine?.met?.url]).toEqual(['photonic', 'https://secret.example.com/page']);
  });

  it('loses nothing when two writes interleave: a mixed section is skipped, rewritten, and both changes end on both devices', async () => {
    const { a, b, area } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await a.sync(T0 + MINUTE);
    // b wrote at the same moment: its manifest arrived, its statuses piece did not.
    await setStatus(b.db, 'disu-tiansuan', 'ignored', T0 + MINUTE);
    const elsewhere = new FakeSyncArea();
    b.area = elsewhere;
    await b.sync(T0 + MINUTE);
    b.area = area;
    await area.set({ m: (await elsewhere.get()).m });
    const mixed = await decodeArea(await area.get());
    expect(mixed.unreadable).toEqual(['c', 's']);
    await a.sync(T0 + 2 * MINUTE);
    await b.sync(T0 + 3 * MINUTE);
    await a.sync(T0 + 4 * MINUTE);
    for (const device of [a, b]) expect([await statusOf(device.db, 'tianshu-tiansuan'), await statusOf(device.db, 'disu-tiansuan')]).toEqual(['known', 'ignored']);
    expect((await decodeArea(await area.get())).unreadable).toEqual([]);
  });

  it('drops records from the area that TermLens could not use, and applies the rest', async () => {
    const { a, b, area } = twoDevices();
    await setStatus(a.db, 'tianshu-tiansuan', 'known', T0);
    await a.sync(T0 + MINUTE);
    // Another writer puts a bad status, a note for an own-term id and a forged own term in the area's columns.
    const { encodeSection, manifestOf, MANIFEST_KEY } = await import('../lib/sync/encoding');
    const s = await encodeSection('s', [
      { key: 's:tianshu-tiansuan', t: T0, d: 'deva1a', v: 'known' },
      { key: 's:disu-tiansuan', t: T0, d: 'deva1a', v: 'mastered' },
      { key: 's:BAD ID', t: T0, d: 'deva1a', v: 'known' },
    ], 'deflate-raw', DEFAULT_SYNC_QUOTA);
    const o = await encodeSection('o', [{ key: 'o:own-0000000000000000', t: T0, d: 'deva1a', v: { term: '光量子', forms: ['光量子'], pinyin: '', english: '', definitionZh: '', definitionEn: '', note: '', tags: [], origin: 'manual', createdAt: T0 } }], 'deflate-raw', DEFAULT_SYNC_QUOTA);
    await area.set({ [MANIFEST_KEY]: manifestOf([s, o], 'deflate-raw', 'devx9x'), ...s.items, ...o.items });
    const result = await b.sync(T0 + 2 * MINUTE);
    expect(result.dropped).toBe(3);
    expect(await statusOf(b.db, 'tianshu-tiansuan')).toBe('known');
    expect(await statusOf(b.db, 'disu-tiansuan')).toBe('new');
    expect(await countOwnTerms(b.db)).toBe(0);
  });
});

describe('sync when the browser refuses a write for size', () => {
  /** A controller whose timers are run by hand. */
  function controlled(device: Device, outcomes: SyncOutcome[]) {
    let clock = T0;
    const timers: (() => void)[] = [];
    const controller = createSyncController({
      quota: device.area.quota,
      now: () => clock,
      setTimer: (run) => timers.push(run),
      clearTimer: () => {},
      onOutcome: (o) => void outcomes.push(o),
      run: (share, mayWrite) => ((device.share = share), device.sync(clock).then((r) => (mayWrite(r.ops), r))),
    });
    return { controller, fireNext: () => timers.shift()!(), tick: (ms: number) => (clock += ms) };
  }

  it('changes nothing here when a write is refused, and writes a smaller set on the next try', async () => {
    const { a, area } = twoDevices();
    await putOwnTerms(a.db, Array.from({ length: 2500 }, (_, i) => ownTermOf({ term: `术语${i}号`, english: `term ${i}`, definitionZh: `第${i}个术语的释义。` }, T0 + i * 1000)));
    for (const id of ['tianshu-tiansuan', 'disu-tiansuan']) await setStatus(a.db, id, 'known', T0);
    const before = JSON.stringify([await listOwnTerms(a.db), await a.db.statuses.toArray()]);
    // The browser takes less than it says (another extension's data, a different count).
    area.acceptBytes = 50_000;
    await expect(a.sync(T0 + DAY)).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(area.stored.size).toBe(0);
    expect(JSON.stringify([await listOwnTerms(a.db), await a.db.statuses.toArray()])).toBe(before);

    const outcomes: SyncOutcome[] = [];
    const { controller, fireNext } = controlled(a, outcomes);
    controller.start();
    fireNext();
    await controller.settled();
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    if (!outcome?.ok) throw new Error(`sync failed: ${JSON.stringify(outcome)}`);
    expect(outcome.share).toBeLessThan(1);
    expect(outcome.share).toBeCloseTo(SYNC_SHRINK_FACTOR ** Math.round(Math.log(outcome.share) / Math.log(SYNC_SHRINK_FACTOR)));
    expect(area.bytes()).toBeLessThanOrEqual(50_000);
    expect(outcome.result.report.map((r) => [r.section, r.total, r.synced === r.total])).toEqual([['c', 12, true], ['s', 2, true], ['n', 0, true], ['o', 2500, false]]);
    // Nothing here was lost to the cut: every own term is still in the database.
    expect(JSON.stringify([await listOwnTerms(a.db), await a.db.statuses.toArray()])).toBe(before);
  });

  it('does NOT delete on another device what was cut for space', async () => {
    const { a, b } = twoDevices();
    await saveOwnTerm(b.db, { term: '只在乙' }, T0);
    await b.sync(T0 + MINUTE);
    a.share = 0.01; // a's write leaves every own term out
    await saveOwnTerm(a.db, { term: '只在甲' }, T0 + 2 * MINUTE);
    await a.sync(T0 + 3 * MINUTE);
    expect(await countOwnTerms(a.db)).toBe(2);
    await b.sync(T0 + 4 * MINUTE);
    expect((await listOwnTerms(b.db)).map((t) => t.term).sort()).toEqual(['只在乙', '只在甲'].sort());
  });
});
