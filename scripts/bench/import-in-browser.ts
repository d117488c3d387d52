/**
 * Times a 100,000-line CC-CEDICT import through the options page of the built extension in
 * Chromium, as a reader does it: choose the file (read, parse, preview) then "Import" (one
 * IndexedDB transaction) until the "Imported" line shows; and the options page's longest
 * main-thread task meanwhile (a long task freezes the page: no scrolling, no Cancel).
 * `npm run build` first; `LINES=… BUILD=.output/chrome-mv3 npx tsx scripts/bench/import-in-browser.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { cedictLines } from './cedict-lines';

const LINES = Number(process.env.LINES ?? 100_000);
const build = resolve(process.env.BUILD ?? '.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'termlens-import-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // Chromium's long tasks (over 50 ms) of the page's main thread, kept from the first script on.
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const text = cedictLines(LINES);
  const file = join(profile, 'cedict.u8');
  writeFileSync(file, text);
  await page.evaluate(() => ((globalThis as unknown as { longTasks: number[] }).longTasks.length = 0));
  const t0 = performance.now();
  await page.getByLabel('Import glossary…').setInputFiles(file, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 120_000 });
  const t1 = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported: /).waitFor({ timeout: 120_000 });
  const t2 = performance.now();
  const done = await page.getByText(/^Imported: /).textContent();
  const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(2)} s`;
  const steps = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('import:')).map((m) => `${m.name.slice(7)} ${(m.duration / 1000).toFixed(2)} s`));
  const tasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
  const longest = tasks.length ? `${Math.round(Math.max(...tasks))} ms (${tasks.length} tasks over 50 ms)` : 'none over 50 ms';
  console.log(
    `${LINES} CC-CEDICT lines (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) in Chromium: preview ${s(t0, t1)}, write ${s(t1, t2)}, total ${s(t0, t2)} — "${done}"\n` +
      `  steps: ${steps.join(', ')}\n  options page's longest main-thread task: ${longest}`,
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
