/** The reader's own glossary in real Chromium: import with its report, marks in open tabs, ignored terms, history. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ownTermId, ownTermOf } from '../../lib/db/own-terms';
import { cedictLines } from '../../scripts/bench/cedict-lines';
import { cardText, extensionSuite, markedTexts, settledMarks, until } from './harness';
import { privateTexts } from './private-marks';

const PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p id="p">今年光量子公司都在谈大模型，也在谈大模型评测。</p></body></html>';
const ADD_PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p id="p">新建的类脑计算中心已经投入运行。</p></body></html>';
const suite = extensionSuite({ '/own-terms.html': () => PAGE, '/add-term.html': () => ADD_PAGE });

const TSV = [
  'term\tpinyin\tenglish\tdefinition',
  '光量子\tguāng liàng zǐ\tphotonic quantum\t以光子为载体的量子信息技术',
  '大模型评测\tda4 mo2 xing2 ping2 ce4\tmodel evaluation\t',
  '\t\tno term\t',
  '光量子\t\tphotonic quantum technology\t',
  '只有术语\t\t\t',
].join('\n');

let options: Page;
let reading: Page;
afterAll(async () => {
  for (const page of suite.context().pages()) await page.close();
});

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

/** Own terms as stored: the records inside every shard (lib/db/own-term-shards.ts). */
async function ownTermRows(page: Page): Promise<Record<string, unknown>[]> {
  return (await storeRows(page, 'ownTermShards')).flatMap((shard) => Object.values(shard.terms as Record<string, Record<string, unknown>>));
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import glossary…').setInputFiles({ name, mimeType: 'text/tab-separated-values', buffer: Buffer.from(text) });
}

const reportLines = (page: Page) => page.$$eval('.import-report li', (items) => items.map((li) => li.textContent));

describe('own glossary', () => {
  it('previews an import with the exact report, writes NOTHING on Cancel, then imports and marks the terms in an open tab at once (the longer own term over a bundled one)', async () => {
    reading = await suite.open('own-terms.html');
    // 大模型 is a bundled term: the own term 大模型评测 will take its place at the second (longest match).
    expect(await settledMarks(reading, 2)).toEqual(['大模型', '大模型']);
    options = await suite.context().newPage();
    await options.goto(suite.extension('options.html'));

    await chooseFile(options, 'team.tsv', TSV);
    await options.getByRole('button', { name: 'Import', exact: true }).waitFor();
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
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByText('Import cancelled: nothing was saved.').waitFor();
    expect(await ownTermRows(options)).toEqual([]);

    await chooseFile(options, 'team.tsv', TSV);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported: 2 new, 0 updated. Open tabs mark them now.').waitFor();
    const saved = await ownTermRows(options);
    expect(saved.map((r) => [r.term, r.forms, r.pinyin, r.english]).sort()).toEqual([
      ['光量子', ['光量子'], 'guāng liàng zǐ', 'photonic quantum'],
      ['大模型评测', ['大模型评测', '大模型評測'], 'dà mó xíng píng cè', 'model evaluation'],
    ]);
    // Own terms are painted in the private layer, out of the page's highlight registry.
    expect(await until(() => privateTexts(reading), (m) => m.length === 2)).toEqual(['光量子', '大模型评测']);
    expect(await until(() => markedTexts(reading), (m) => m.length === 1)).toEqual(['大模型']);
  });

  it('writes NOTHING when the reader cancels while a large file is still read and checked (in the import worker)', async () => {
    const before = await ownTermRows(options);
    await options.getByLabel('Import glossary…').setInputFiles({ name: 'big.u8', mimeType: 'text/plain', buffer: Buffer.from(cedictLines(100_000)) });
    await options.getByText('Reading big.u8…').waitFor();
    // The Cancel next to "Reading…": once the report shows it is gone, so a late click fails here.
    await options.locator('.import-glossary p[role=status] + button', { hasText: 'Cancel' }).click({ timeout: 5_000 });
    await options.getByText('Import cancelled: nothing was saved.').waitFor();
    expect(await options.locator('.import-report').count()).toBe(0);
    expect(await ownTermRows(options)).toEqual(before);
    expect(before.map((r) => r.term).sort()).toEqual(['光量子', '大模型评测']);
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
    await reading.mouse.move(box.x, box.y, { steps: 5 });
    const card = await until(() => cardText(reading), (text) => !!text?.includes('model evaluation'));
    expect(card).toContain('大模型评测');
    const history = await until(() => storeRows(options, 'history'), (rows) => rows.length > 0);
    expect(history.map((h) => [h.termId, h.term, h.site, 'url' in h])).toEqual([[ownTermId('大模型评测'), '大模型评测', '127.0.0.1', false]]);
    await reading.mouse.move(990, 790);
  });

  it('stops marking a term the reader set to ignored, live in the open tab', async () => {
    await options.evaluate(async (id) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('termlens');
        open.onsuccess = () => {
          const tx = open.result.transaction('statuses', 'readwrite');
          tx.objectStore('statuses').put({ termId: id, status: 'ignored', updatedAt: 1 });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      await runtime.sendMessage({ type: 'reader-data-changed' });
    }, ownTermId('光量子'));
    expect(await until(() => privateTexts(reading), (m) => m.length === 1)).toEqual(['大模型评测']);
    expect(await markedTexts(reading)).toEqual(['大模型']);
  });

  it('exports a backup, and after a wipe restores exactly the same data through the options page', async () => {
    const stores = ['ownTermShards', 'notes', 'statuses', 'history'];
    const before = await Promise.all(stores.map((s) => storeRows(options, s)));
    expect(before.map((rows) => rows.length)).toEqual([2, 0, 1, 1]); // the two own terms hash to two shards
    expect((await ownTermRows(options)).length).toBe(2);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Back up everything (JSON)' }).click()]);
    const backup = readFileSync((await download.path())!, 'utf8');

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

    const restoreFile = (name: string, text: string) => options.getByLabel('Restore a backup…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await restoreFile('backup.json', backup);
    await options.getByText('Restore from backup.json').waitFor();
    expect(await options.locator('.restore-changes[data-mode="merge"] li').allTextContents()).toEqual([
      'Own terms: 2 added, 0 replaced, 0 removed', 'Notes: 0 added, 0 replaced, 0 removed', 'Statuses: 1 added, 0 replaced, 0 removed', 'History: 1 added, 0 replaced, 0 removed',
    ]);
    await options.getByRole('button', { name: 'Restore', exact: true }).click();
    await options.getByText('Restored: 2 own terms, 0 notes, 1 statuses, 1 history entries. Your data from before is kept: “Undo the last restore” puts it back.').waitFor();
    expect(await Promise.all(stores.map((s) => storeRows(options, s)))).toEqual(before);

    // Another device's backup, holding one other term and a malformed record: Cancel writes nothing,
    // Replace makes the data the backup's, and Undo puts back the data from before.
    const other = JSON.stringify({ ...JSON.parse(backup), ownTerms: [ownTermOf({ term: '光子计算', english: 'photonic computing' }, 5), { id: 'own-x', term: 1 }], statuses: [], history: [] });
    await restoreFile('other.json', other);
    await options.getByText('1 records of the file cannot be used and are left out:').waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByText('Restore cancelled: nothing was changed.').waitFor();
    expect(await Promise.all(stores.map((s) => storeRows(options, s)))).toEqual(before);
    await restoreFile('other.json', other);
    expect(await options.locator('.restore-changes[data-mode="replace"] li').first().textContent()).toBe('Own terms: 1 added, 0 replaced, 2 removed');
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options.getByRole('button', { name: 'Restore', exact: true }).click();
    await options.getByText(/^Restored: 1 own terms, 0 notes, 0 statuses, 0 history entries\./).waitFor();
    expect((await ownTermRows(options)).map((r) => r.term)).toEqual(['光子计算']);
    await options.getByRole('button', { name: /^Undo the last restore/ }).click();
    await options.getByText(/^Back to the data of /).waitFor();
    expect(await Promise.all(stores.map((s) => storeRows(options, s)))).toEqual(before);
  });

  it('adds a term in the side panel with suggested pinyin and other-script form, and marks it at once in an open tab', async () => {
    const page = await suite.open('add-term.html');
    await until(() => page.evaluate(() => document.readyState), (s) => s === 'complete');
    expect(await markedTexts(page)).toEqual([]);
    expect(await privateTexts(page)).toEqual([]);
    const panel = await suite.context().newPage();
    await panel.goto(suite.extension('sidepanel.html'));
    await panel.getByRole('tab', { name: 'Add a term' }).click();
    await panel.getByLabel('Term', { exact: true }).fill('类脑计算');
    const pinyin = panel.getByLabel('Pinyin', { exact: true });
    await until(() => pinyin.inputValue(), (v) => v !== '');
    expect(await pinyin.inputValue()).toBe('lèi nǎo jì suàn');
    expect(await panel.getByLabel('Other forms (other script, aliases), separated by |').inputValue()).toBe('類腦計算');
    await panel.getByLabel('English', { exact: true }).fill('AI computing network');
    await panel.getByRole('button', { name: 'Save term' }).click();
    await panel.getByText('Saved 类脑计算. Open tabs mark it now.').waitFor();
    expect(await until(() => privateTexts(page), (m) => m.length === 1)).toEqual(['类脑计算']);
    expect(await markedTexts(page)).toEqual([]);
  });
});
