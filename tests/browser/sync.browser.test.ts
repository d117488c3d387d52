/**
 * Sync through the browser's own storage.sync, in Chromium and in Firefox ESR: turning it on writes
 * the expected items; items written into the area as another device would (from an extension page)
 * reach the database and an open tab's marks without a reload; an own glossary too large for the
 * area leaves the statuses synced and the options page says what it left out.
 */
import { describe, expect, it } from 'vitest';
import { ownTermOf } from '../../lib/db/own-terms';
import { shardOf } from '../../lib/db/shard-of';
import { decodeArea, encodeSection, MANIFEST_KEY, manifestOf } from '../../lib/sync/encoding';
import { DEFAULT_SYNC_QUOTA, itemsBytes } from '../../lib/sync/quota';
import { SECTIONS, stampOf, type SyncRecord } from '../../lib/sync/records';
import { SIMPLIFIED_MARKS } from './expected';
import { firefoxExtensionPage, firefoxSuite } from './firefox-harness';
import { extensionSuite, markedTexts, settledMarks, until, type Evaluator } from './harness';

/** What both drivers' pages do alike (playwright and puppeteer share these signatures). */
interface AnyPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

interface Driver {
  extensionPage(path: string): Promise<AnyPage>;
  open(file: string): Promise<AnyPage>;
}

const OTHER_DEVICE = 'otherdev1';
const OWN_TERMS = 6000;

type Api = { storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } }; runtime: { sendMessage(m: object): Promise<unknown> } };

const syncArea = (page: AnyPage) =>
  page.evaluate(() => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).storage.sync.get(null);
  }, null);

const writeArea = (page: AnyPage, items: Record<string, unknown>) =>
  page.evaluate((value) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).storage.sync.set(value);
  }, items);

const send = (page: AnyPage, message: object) =>
  page.evaluate((m) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message);

const bodyText = (page: AnyPage) => page.evaluate(() => document.body.innerText, null);

/** Rows of a store of the reader's database, read with plain IndexedDB in an extension page. */
const storeRows = (page: AnyPage, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('termlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (open.result.close(), resolve(all.result as Record<string, unknown>[]));
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );

const putRows = (page: AnyPage, store: string, rows: object[]) =>
  page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('termlens');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const v of values) tx.objectStore(name).put(v);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, values: rows },
  );

/** The area's items as another device would write them: what is there plus `extra`, written by OTHER_DEVICE. */
async function asOtherDevice(area: Record<string, unknown>, extra: SyncRecord[]): Promise<Record<string, unknown>> {
  const records = new Map((await decodeArea(area)).records);
  for (const r of extra) records.set(r.key, r);
  const sections = [];
  for (const section of SECTIONS) {
    const mine = [...records.values()].filter((r) => r.key.startsWith(`${section}:`));
    if (mine.length > 0) sections.push(await encodeSection(section, mine, 'gzip', DEFAULT_SYNC_QUOTA));
  }
  return { [MANIFEST_KEY]: manifestOf(sections, 'gzip', OTHER_DEVICE), ...Object.assign({}, ...sections.map((s) => s.items)) };
}

/** The own glossary as the database keeps it: terms by shard. */
function ownShards() {
  const shards = new Map<number, { shard: number; terms: Record<string, unknown> }>();
  for (let i = 0; i < OWN_TERMS; i++) {
    const term = ownTermOf({ term: `同步测试术语${i}`, english: `sync test term ${i}`, definitionZh: `第${i}个用于同步测试的自定义术语，释义足够长，使整个术语表放不进浏览器的同步空间。` }, Date.UTC(2026, 0, 1) + i * 1000);
    const n = shardOf(term.id);
    if (!shards.has(n)) shards.set(n, { shard: n, terms: {} });
    shards.get(n)!.terms[term.id] = term;
  }
  return [...shards.values()];
}

function scenario(name: string, driver: () => Driver) {
  describe(name, () => {
    let options: AnyPage;
    let reading: AnyPage;

    it('writes the settings and statuses into storage.sync once turned on, and NOT the site list or the history', async () => {
      reading = await driver().open('simplified.html');
      expect(await settledMarks(reading as unknown as Evaluator, 13)).toEqual(SIMPLIFIED_MARKS);
      options = await driver().extensionPage('options.html');
      await until(() => bodyText(options), (text) => text.includes('Sync my glossary'));
      await options.evaluate((settings) => {
        const g = globalThis as unknown as { browser?: { storage: { local: { set(v: object): Promise<void> } } }; chrome: { storage: { local: { set(v: object): Promise<void> } } } };
        return (g.browser ?? g.chrome).storage.local.set({ settings });
      }, { disabledSites: ['private.example.com'] });
      expect(await send(options, { type: 'set-term-status', id: 'tianshu-tiansuan', status: 'known' })).toBe(true);
      expect(await syncArea(options)).toEqual({});

      await options.click('input[name=sync-on]');
      const area = await until(() => syncArea(options), (items) => MANIFEST_KEY in items);
      expect(Object.keys(area).sort()).toEqual(['c0', 'm', 's0']);
      const { records } = await decodeArea(area);
      expect([...records.keys()].filter((k) => !k.startsWith('c:'))).toEqual(['s:tianshu-tiansuan']);
      expect(records.get('s:tianshu-tiansuan')?.v).toBe('known');
      expect(records.has('c:disabledSites')).toBe(false);
      expect(records.get('c:highlightStyle')?.v).toBe('underline');
      expect(JSON.stringify(area)).not.toContain('example.com');
      const text = await until(() => bodyText(options), (t) => t.includes('Last synced'));
      expect(text).toContain(`Space used: ${itemsBytes(area).toLocaleString('en')} of 102,400 bytes, 3 of 512 items.`);
      expect(text).toContain('Everything fits.');
    });

    it('applies items another device wrote into the area: the database and the open tab follow without a reload', async () => {
      const now = stampOf(Date.now());
      const items = await asOtherDevice(await syncArea(options), [
        { key: 's:onboard-computing', t: now, d: OTHER_DEVICE, v: 'ignored' },
        { key: 'n:wanka-cluster', t: now, d: OTHER_DEVICE, v: '一万张加速卡连成的集群' },
      ]);
      await writeArea(options, items);
      const statuses = await until(() => storeRows(options, 'statuses'), (rows) => rows.length === 2);
      expect(statuses.map((s) => [s.termId, s.status]).sort()).toEqual([['onboard-computing', 'ignored'], ['tianshu-tiansuan', 'known']]);
      expect((await storeRows(options, 'statuses')).find((s) => s.termId === 'onboard-computing')?.updatedAt).toBe(now);
      expect((await storeRows(options, 'notes')).map((n) => [n.termId, n.text])).toEqual([['wanka-cluster', '一万张加速卡连成的集群']]);
      // 天数天算 is Known (marked like any other term: pages cannot tell), 星载计算 now Ignored (not marked).
      const plainMarks = SIMPLIFIED_MARKS.filter((m) => m !== '星载计算');
      expect(await until(() => markedTexts(reading as unknown as Evaluator), (m) => m.length === plainMarks.length && !m.includes('星载计算'))).toEqual(plainMarks);
    });

    it('syncs the statuses of an own glossary too large for the area, and says what it left out', async () => {
      await putRows(options, 'ownTermShards', ownShards());
      expect(await send(options, { type: 'reader-data-changed' })).toBe(true);
      // After the 10 s wait for more changes, the matcher rebuilt with 6,000 own terms beside it on a busy machine.
      const text = await until(() => bodyText(options), (t) => /Own terms: [\d,]+ of 6,000 not synced/.test(t), 150_000);
      const area = await syncArea(options);
      const { records } = await decodeArea(area);
      const own = [...records.keys()].filter((k) => k.startsWith('o:')).length;
      expect(own).toBeGreaterThan(0);
      expect(own).toBeLessThan(OWN_TERMS);
      expect([...records.keys()].filter((k) => k.startsWith('s:')).sort()).toEqual(['s:onboard-computing', 's:tianshu-tiansuan']);
      expect(records.get('n:wanka-cluster')?.v).toBe('一万张加速卡连成的集群');
      expect(itemsBytes(area)).toBeLessThanOrEqual(102_400);
      expect(text).toContain(`Own terms: ${(OWN_TERMS - own).toLocaleString('en')} of 6,000 not synced (the most recently changed are synced first)`);
      expect(text).toContain('“Back up everything (JSON)” on this page keeps all of it.');
      // Nothing was taken from the database.
      const kept = (await storeRows(options, 'ownTermShards')).reduce((n, s) => n + Object.keys(s.terms as object).length, 0);
      expect(kept).toBe(OWN_TERMS);
      await options.close();
      await reading.close();
    }, 240_000);
  });
}

const chromium = extensionSuite();
scenario('Chromium: sync', () => ({
  extensionPage: async (path) => {
    const page = await chromium.context().newPage();
    await page.goto(chromium.extension(path));
    return page as unknown as AnyPage;
  },
  open: async (file) => (await chromium.open(file)) as unknown as AnyPage,
}));

const firefox = firefoxSuite();
scenario('Firefox ESR: sync', () => ({
  extensionPage: async (path) => (await firefoxExtensionPage(firefox.browser(), path)) as unknown as AnyPage,
  open: async (file) => (await firefox.open(file)) as unknown as AnyPage,
}));
