/** Raw IndexedDB write timings in the extension's origin (Chromium): which part of an import's write costs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const N = Number(process.env.LINES ?? 100_000);
const build = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'termlens-idb-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.evaluate('globalThis.__name = (f) => f'); // tsx names arrow functions through a helper the page lacks
  for (const variant of (process.env.VARIANTS ?? 'indexes,plain,indexes-sorted,indexes-relaxed,indexes-chunked-tx').split(',')) {
    const ms = await page.evaluate(
      async ({ n, variant }) => {
        const records = Array.from({ length: n }, (_, i) => ({
          id: 'own-' + ((i * 2654435761) >>> 0).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0'),
          term: '计算机' + i,
          forms: ['计算机' + i, '計算機' + i],
          pinyin: 'jì suàn jī',
          english: 'sense one of entry ' + i,
          definitionZh: '',
          definitionEn: 'sense one of entry ' + i + '; (computing) sense two; see also 计算机',
          note: '',
          tags: [] as string[],
          origin: 'cedict.u8',
          createdAt: 1,
          updatedAt: 1,
        }));
        if (variant.includes('tiny')) for (const r of records) for (const k of Object.keys(r)) if (k !== 'id') delete (r as Record<string, unknown>)[k];
        if (variant.includes('sorted')) records.sort((a, b) => (a.id < b.id ? -1 : 1));
        const name = 'bench-' + variant;
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open(name, 1);
          req.onupgradeneeded = () => {
            const store = req.result.createObjectStore('ownTerms', { keyPath: 'id' });
            if (variant.startsWith('indexes')) {
              store.createIndex('term', 'term', { unique: true });
              store.createIndex('forms', 'forms', { multiEntry: true });
              store.createIndex('tags', 'tags', { multiEntry: true });
            }
          };
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const t0 = performance.now();
        const write = (part: typeof records) =>
          new Promise<void>((ok, fail) => {
            const tx = db.transaction('ownTerms', 'readwrite', { durability: variant.includes('relaxed') ? 'relaxed' : 'default' });
            const store = tx.objectStore('ownTerms');
            for (const r of part) store.put(r);
            tx.oncomplete = () => ok();
            tx.onerror = () => fail(tx.error);
          });
        if (variant.includes('packed')) {
          const packs = [];
          for (let i = 0; i < n; i += 1000) packs.push({ id: 'pack' + i, terms: records.slice(i, i + 1000) });
          await write(packs as never);
        } else if (variant.includes('chunked-tx')) for (let i = 0; i < n; i += 5000) await write(records.slice(i, i + 5000));
        else await write(records);
        const ms = performance.now() - t0;
        db.close();
        return ms;
      },
      { n: N, variant },
    );
    console.log(`${variant}: ${(ms / 1000).toFixed(2)} s for ${N} records`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
