/**
 * The built extension on big and busy pages (the load tests' pages), timed from a Chromium trace
 * of the content script's own calls: the longest task, all of them together, and for the page that
 * never stops changing, their share of its 10 s. The tests assert these pages' counts; the time
 * figures are reported here. Run by `npm run bench` (after its build).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generatePage, manyRowsPage, tickerPage } from './pages';
import { ROOT, servePages } from './setup';
import { traceContentScript, type ContentScriptTrace } from './trace';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
const ROWS = 25_000;
const TICKS = 1000;
const TICKER_MS = TICKS * 10;
const WAIT_MS = 120_000;

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The term counts the content script reports for the active tab, asked the way the sidebar asks. */
export async function pageCounts(context: BrowserContext, page: Page): Promise<Record<string, number>> {
  await page.bringToFront();
  const reply = await context.serviceWorkers()[0]!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs;
    const [tab] = await api.query({ active: true, lastFocusedWindow: true });
    return api.sendMessage(tab!.id, { type: 'page-terms' }, { frameId: 0 });
  });
  return Object.fromEntries((reply as { counts: [string, number][] }).counts);
}

export const visibleMarks = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('termlens-underline') ?? [])].filter((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < innerHeight;
    }).length,
  );

export async function benchBusyPages(seedTexts: readonly string[], runs: number): Promise<void> {
  const server = await servePages(
    new Map([
      ['big', generatePage(seedTexts, 10_000_000).html],
      ['many', manyRowsPage(ROWS)],
      ['ticker', tickerPage(TICKS)],
    ]),
  );
  const profile = mkdtempSync(join(tmpdir(), 'termlens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-first-run', '--disable-background-networking', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    viewport: { width: 1000, height: 800 },
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');

  const loads: Record<string, (page: Page) => Promise<void>> = {
    '10 MB of news, to the last story': async (page) => {
      await page.goto(server.url('big'), { timeout: WAIT_MS });
      await waitFor(() => visibleMarks(page), (n) => n > 0, 'marks on the 10 MB page');
      await page.evaluate(() => document.querySelector('.feed > article:last-of-type')!.scrollIntoView());
      await waitFor(() => visibleMarks(page), (n) => n > 0, 'marks in the last story');
    },
    '50,000 elements, every row counted': async (page) => {
      await page.goto(server.url('many'), { timeout: WAIT_MS });
      await waitFor(() => pageCounts(context, page), (c) => c['omni-modal'] === ROWS, 'every row counted');
    },
    [`a paragraph every 10 ms for ${TICKER_MS / 1000} s, all counted`]: async (page) => {
      await page.goto(server.url('ticker'));
      await page.waitForFunction(() => (window as unknown as { tickerDone?: boolean }).tickerDone === true, undefined, { timeout: WAIT_MS });
      await waitFor(() => pageCounts(context, page), (c) => c['tianshu-tiansuan'] === TICKS, 'every paragraph counted');
    },
  };

  const traces: Record<string, ContentScriptTrace[]> = Object.fromEntries(Object.keys(loads).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, load] of Object.entries(loads)) {
        const page = await context.newPage();
        try {
          traces[name]!.push(await traceContentScript(page, () => load(page)));
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }

  const minMedian = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${sorted[0]!.toFixed(1).padStart(7)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1).padStart(7)}`;
  };
  console.log(`\n## The built extension on big and busy pages (Chromium trace of content.js calls; ${runs} runs, min / median)`);
  console.log(`   ${''.padEnd(44)} ${'longest task, CPU ms'.padStart(22)} ${'longest, wall ms'.padStart(18)} ${'all tasks, CPU ms'.padStart(19)} ${'all, wall ms'.padStart(18)}   calls`);
  for (const [name, list] of Object.entries(traces)) {
    const of = (pick: (t: ContentScriptTrace) => number) => minMedian(list.map(pick));
    console.log(`   ${name.padEnd(44)} ${of((t) => t.longestCpuMs).padStart(22)} ${of((t) => t.longestMs).padStart(18)} ${of((t) => t.totalCpuMs).padStart(19)} ${of((t) => t.totalMs).padStart(18)}   ${list[0]!.calls}`);
  }
  const ticker = traces[Object.keys(loads)[2]!]!;
  const share = ticker.map((t) => (100 * t.totalMs) / TICKER_MS);
  console.log(`   the changing page: TermLens busy ${minMedian(share).trim()} % of its ${TICKER_MS / 1000} s (wall clock; the aim is under 10 %); no task over 50 ms is the aim on every page`);
}
