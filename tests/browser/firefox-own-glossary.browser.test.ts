/**
 * The reader's own glossary in Firefox ESR: a term added in the sidebar is marked at once in an open
 * tab; an import's exact report and a Cancel that writes nothing; an opened card kept in the
 * history; export → wipe → restore gives identical data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ownTermId } from '../../lib/db/own-terms';
import { DB_VERSION } from '../../lib/db/schema';
import { firefoxCardText, firefoxSuite } from './firefox-harness';
import { markedTexts, settledMarks, until } from './harness';
import { firefoxPrivateTexts } from './private-marks';

const suite = firefoxSuite();

const TSV = [
  'term\tpinyin\tenglish\tdefinition',
  '光量子\tguāng liàng zǐ\tphotonic quantum\t以光子为载体的量子信息技术',
  '大模型评测\tda4 mo2 xing2 ping2 ce4\tmodel evaluation\t',
  '\t\tno term\t',
  '光量子\t\tphotonic quantum technology\t',
  '只有术语\t\t\t',
].join('\n');
const files = mkdtempSync(join(tmpdir(), 'termlens-ff-files-'));

/** A moz-extension:// navigation never reports "loaded" to the driver: start it and wait for content. */
async function openExtensionPage(path: string, ready: string): Promise<Page> {
  const page = await suite.browser().newPage();
  void page.goto(suite.extension(path)).catch(() => {});
  await page.waitForSelector(ready);
  return page;
}

/** Rows of a store of the reader's database, read in an extension page with plain IndexedDB. */
function storeRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('termlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (db.close(), resolve(all.result as Record<string, unknown>[]));
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

async function ownTermRows(page: Page): Promise<Record<string, unknown>[]> {
  return (await storeRows(page, 'ownTermShards')).flatMap((shard) => Object.values(shard.terms as Record<string, Record<string, unknown>>));
}

async function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  const path = join(files, name);
  writeFileSync(path, text);
  const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

const waitForText = (page: Page, text: string) => page.waitForSelector(`::-p-text(${text})`);
const reportLines = (page: Page) => page.$$eval('.import-report li', (items) => items.map((li) => li.textContent));

let options: Page;
let reading: Page;

describe('Firefox ESR: own glossary', () => {
  it('adds a term in the sidebar page (IndexedDB in the extension origin) and marks it at once in an open tab', async () => {
    const page = await suite.open('own-terms.html');
    await until(() => page.evaluate(() => document.readyState), (s) => s === 'complete');
    expect(await markedTexts(page)).toEqual([]);
    const panel = await openExtensionPage('sidepanel.html', '#tl-tab-add');
    await (await panel.$('#tl-tab-add'))!.click();
    await panel.waitForSelector('.tl-add-term input');
    await panel.type('.tl-add-term input', '类脑计算');
    const values = () => panel.$$eval('.tl-add-term input', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await until(values, (v) => v[2] !== '')).toEqual(['类脑计算', '類腦計算', 'lèi nǎo jì suàn', '', '']);
    await panel.click('.tl-add-term button[type="submit"]');
    await waitForText(panel, 'Saved 类脑计算. Open tabs mark it now.');
    // An own term: painted in the private layer, out of the page's highlight registry.
    expect(await until(() => firefoxPrivateTexts(suite.browser(), page), (m) => m.length === 1)).toEqual(['类脑计算']);
    expect(await markedTexts(page)).toEqual([]);
    await panel.close();
  });

  it('previews an import with the exact report, writes NOTHING on Cancel, then imports and marks the terms in an open tab', async () => {
    reading = await suite.open('own-import.html');
    expect(await settledMarks(reading, 2)).toEqual(['大模型', '大模型']);
    options = await openExtensionPage('options.html', '.import-glossary input[type=file]');
    const before = await ownTermRows(options);
    expect(before.map((r) => r.term)).toEqual(['类脑计算']);

    await chooseFile(options, '.import-glossary input[type=file]', 'team.tsv', TSV);
    await options.waitForSelector('.import-report');
    expect(await reportLines(options)).toEqual([
      '2 new',
      '0 updated',
      '1 duplicates (skipped)',
      '2 invalid',
      '0 Simplified/Traditional or bundled-term collisions',
      '0 short Latin forms that may match unrelated words',
      'line 4: no term',
      'line 6: nothing but the term (no pinyin, English, definition or note)',
      'line 5: 光量子 repeats line 2',
    ]);
    await options.click('::-p-text(Cancel)');
    await waitForText(options, 'Import cancelled: nothing was saved.');
    expect(await ownTermRows(options)).toEqual(before);

    await chooseFile(options, '.import-glossary input[type=file]', 'team.tsv', TSV);
    await options.waitForSelector('.import-report');
    await options.click('.import-glossary button:not([disabled])');
    await waitForText(options, 'Imported: 2 new, 0 updated. Open tabs mark them now.');
    const saved = await ownTermRows(options);
    expect(saved.map((r) => [r.term, r.forms, r.pinyin, r.english, r.origin]).sort()).toEqual([
      ['光量子', ['光量子'], 'guāng liàng zǐ', 'photonic quantum', 'team.tsv'],
      ['大模型评测', ['大模型评测', '大模型評測'], 'dà mó xíng píng cè', 'model evaluation', 'team.tsv'],
      ['类脑计算', ['类脑计算', '類腦計算'], 'lèi nǎo jì suàn', '', 'manual'],
    ]);
    expect(await until(() => firefoxPrivateTexts(suite.browser(), reading), (m) => m.length === 2)).toEqual(['光量子', '大模型评测']);
    expect(await until(() => markedTexts(reading), (m) => m.length === 1)).toEqual(['大模型']);
  });

  it('records an opened card of an own term in the history, with its site and NOT its address', async () => {
    await reading.bringToFront();
    const box = await reading.evaluate(() => {
      const text = document.getElementById('p')!.firstChild as Text;
      const start = text.data.indexOf('大模型评测');
      const range = document.createRange();
      range.setStart(text, start + 1);
      range.setEnd(text, start + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await reading.mouse.move(box.x - 40, box.y + 40);
    await reading.mouse.move(box.x, box.y, { steps: 5 });
    const card = await until(() => firefoxCardText(suite.browser(), reading), (text) => !!text?.includes('model evaluation'));
    expect(card).toContain('大模型评测');
    const history = await until(() => storeRows(options, 'history'), (rows) => rows.length > 0);
    expect(history.map((h) => [h.termId, h.term, h.site, 'url' in h])).toEqual([[ownTermId('大模型评测'), '大模型评测', '127.0.0.1', false]]);
    await reading.mouse.move(990, 790);
  });

  it('exports a backup, and after a wipe restores exactly the same data through the options page', async () => {
    const stores = ['ownTermShards', 'notes', 'statuses', 'history'];
    const before = await Promise.all(stores.map((s) => storeRows(options, s)));
    expect(before.map((rows) => rows.length)).toEqual([3, 0, 0, 1]); // three own terms in three shards
    // The backup button hands its file to a download through an object URL: keep the Blob it makes.
    await options.evaluate(() => {
      const made: Blob[] = [];
      (globalThis as unknown as { madeBlobs: Blob[] }).madeBlobs = made;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => (made.push(blob), original(blob));
    });
    await options.click('::-p-text(Back up everything (JSON))');
    const backup = await until(
      () => options.evaluate(() => (globalThis as unknown as { madeBlobs: Blob[] }).madeBlobs[0]?.text() ?? ''),
      (text) => text !== '',
    );
    expect(JSON.parse(backup)).toMatchObject({ format: 'termlens-backup', version: DB_VERSION });

    await options.evaluate(
      (names) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('termlens');
          open.onsuccess = () => {
            const tx = open.result.transaction(names, 'readwrite');
            for (const name of names) tx.objectStore(name).clear();
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      stores,
    );
    expect((await Promise.all(stores.map((s) => storeRows(options, s)))).map((rows) => rows.length)).toEqual([0, 0, 0, 0]);

    await chooseFile(options, '.reader-data input[type=file]', 'backup.json', backup);
    await waitForText(options, 'Restore from backup.json');
    await options.click('.restore-preview button'); // Restore, with Merge chosen
    await waitForText(options, 'Restored: 3 own terms, 0 notes, 0 statuses, 1 history entries. Your data from before is kept: “Undo the last restore” puts it back.');
    expect(await Promise.all(stores.map((s) => storeRows(options, s)))).toEqual(before);
  });
});
