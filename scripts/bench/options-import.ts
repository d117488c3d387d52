/**
 * An import through the built extension's options page, as a reader does it (puppeteer, on a browser
 * from built-extension.ts's launch): choose the file (read, parse, preview: the report shows), then
 * "Import" until the "Imported" line shows. Also the page's long tasks meanwhile (Chromium's
 * longtask entries: any task over 50 ms of the options page's main thread, where the reader waits).
 * Used by import-in-browser.ts, own-glossary-in-browser.ts and own-terms-filter.ts.
 */
import type { Browser, Page } from 'puppeteer-core';

const LONG_TASKS = `(() => {
  const tasks = (globalThis.termlensLongTasks = []);
  new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
})()`;

export interface ImportFigures {
  previewMs: number;
  writeMs: number;
  /** The "Imported: …" line. */
  done: string;
  /** The page's `import:*` measures (lib/browser/import-glossary.ts), each `name seconds`. */
  steps: string[];
  /** The options page's long tasks (over 50 ms) from choosing the file to "Imported". */
  longTasksMs: number[];
}

export async function extensionOrigin(browser: Browser): Promise<string> {
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  // Not URL.origin: it is "null" for a scheme Node does not know.
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/** Waits for the import section's button or status line whose text matches, and returns that text. */
async function textShown(page: Page, pattern: RegExp, timeout: number): Promise<string> {
  const find = `[...document.querySelectorAll('.import-glossary button, .import-glossary [role=status]')].find((e) => ${pattern.toString()}.test(e.textContent ?? ''))`;
  await page.waitForFunction(`!!${find}`, { timeout, polling: 50 });
  return (await page.evaluate(`${find}.textContent`)) as string;
}

/** Imports the file at `path` through a new options page, which it leaves open (returned) for later reads. */
export async function importThroughOptions(browser: Browser, path: string, timeoutMs = 300_000): Promise<{ page: Page; figures: ImportFigures }> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(LONG_TASKS);
  await page.goto(`${await extensionOrigin(browser)}/options.html`);
  const input = await page.waitForSelector('.import-glossary input[type=file]');
  await page.evaluate('globalThis.termlensLongTasks.length = 0');
  const t0 = performance.now();
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
  await textShown(page, /^Import$/, timeoutMs);
  const t1 = performance.now();
  await page.evaluate(`[...document.querySelectorAll('.import-glossary button')].find((b) => b.textContent === 'Import').click()`);
  const done = await textShown(page, /^Imported: /, timeoutMs);
  const t2 = performance.now();
  const steps = (await page.evaluate(`performance.getEntriesByType('measure').filter((m) => m.name.startsWith('import:')).map((m) => m.name.slice(7) + ' ' + (m.duration / 1000).toFixed(2) + ' s')`)) as string[];
  const longTasksMs = (await page.evaluate('globalThis.termlensLongTasks.slice()')) as number[];
  return { page, figures: { previewMs: t1 - t0, writeMs: t2 - t1, done, steps, longTasksMs } };
}

export const longestTask = (tasks: readonly number[]) => (tasks.length ? `${Math.round(Math.max(...tasks))} ms (${tasks.length} tasks over 50 ms)` : 'none over 50 ms');
