/**
 * Design (b) of issue 19 measured: matching in the background (a warm, shared automaton) against
 * the product's way today (each frame receives the layout, parses and wraps it, and scans). A
 * stand-in MV3 extension (background-match/worker.ts and frame.ts, bundled here) runs in Chromium;
 * fresh tabs on the 100 KB and 1 MB pages, modes interleaved, with the bundled glossary and with
 * 100,000 terms. Per load: the frame's start (local only), the time to the first slice's offsets
 * and to the last, the round trip per slice, the frame's main-thread CPU for the whole scan
 * (thread time, from the event that starts it to the result), and the worker's own matching time.
 * Times to the first and last slice count from when the runs have been read.
 * Then the worker is stopped, as Chrome stops it after 30 s idle, and one more load pays its wake-up.
 * `RUNS` (default 5) loads per mode. `npx tsx scripts/bench/experiments/background-match.ts`. Not part of CI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { generatePage } from '../pages';
import { bigTerms, CHROMIUM, readSeeds, readTerms, servePages } from '../setup';

const RUNS = Number(process.env.RUNS ?? 5);
const MODES = (process.env.MODES ?? 'local,remote,pipelined').split(',');
const seeds = readSeeds();
const pages = new Map([
  ['100 KB', generatePage(seeds, 100_000).html],
  ['1 MB', generatePage(seeds, 1_000_000).html],
]);
const server = await servePages(pages);

async function extension(table: unknown): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'termlens-bg-match-'));
  await build({
    entryPoints: { worker: join(import.meta.dirname, 'background-match', 'worker.ts'), frame: join(import.meta.dirname, 'background-match', 'frame.ts') },
    bundle: true, format: 'iife', target: 'chrome120', outdir: dir,
  });
  writeFileSync(join(dir, 'table.json'), JSON.stringify(table));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'bg-match bench', version: '1',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['frame.js'], run_at: 'document_idle' }],
  }));
  return dir;
}

/** The page's main-thread CPU time so far, through one CDP session (its counters start when it enables them). */
async function threadClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

type Result = { mode: string; slices: number; readMs: number; messageMs: number; startMs: number; firstSliceMs: number; totalMs: number; matches: number; roundTrips: number[]; workerMs: number; cpuMs: number; error?: string };

async function load(browser: Browser, pageName: string, mode: string): Promise<Result> {
  const page = await browser.newPage();
  try {
    await page.goto(server.url(pageName));
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === '1', { timeout: 60_000 });
    const threadMs = await threadClock(page);
    const before = await threadMs();
    await page.evaluate((m) => void window.dispatchEvent(new CustomEvent('bench-go', { detail: m })), mode);
    await page.waitForFunction(() => document.documentElement.dataset.benchResult !== undefined, { timeout: 120_000, polling: 50 });
    const cpuMs = (await threadMs()) - before;
    const result = JSON.parse((await page.evaluate(() => document.documentElement.dataset.benchResult))!) as Result;
    if (result.error) throw new Error(result.error);
    return { ...result, cpuMs };
  } finally {
    await page.close();
  }
}

const stat = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)}`;
};

for (const [label, table] of [['bundled glossary', readTerms()], ['100,000 terms', bigTerms(seeds, readTerms(), 100_000)]] as const) {
  const dir = await extension(table);
  const profile = mkdtempSync(join(tmpdir(), 'termlens-bg-match-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile, ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--no-first-run', '--disable-component-update', '--disable-background-networking', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    await browser.waitForTarget((t) => t.type() === 'service_worker');
    // One load first, so that the worker has built its matcher before the measured loads.
    await load(browser, '100 KB', 'remote');
    for (const pageName of pages.keys()) {
      const results = new Map(MODES.map((m) => [m, [] as Result[]]));
      for (let run = 0; run < RUNS; run++) for (const mode of MODES) results.get(mode)!.push(await load(browser, pageName, mode));
      console.log(`\n## ${label}, ${pageName} (${results.get(MODES[0]!)![0]!.slices} slices of ~16,000 characters, ${results.get(MODES[0]!)![0]!.matches} matches); min / median of ${RUNS}, ms`);
      for (const [mode, rs] of results) {
        const trips = rs.flatMap((r) => r.roundTrips);
        console.log(
          `   ${mode.padEnd(10)} reading the runs ${stat(rs.map((r) => r.readMs))}; layout message ${stat(rs.map((r) => r.messageMs))}; frame start ${stat(rs.map((r) => r.startMs))}; first slice ${stat(rs.map((r) => r.firstSliceMs))}; all ${stat(rs.map((r) => r.totalMs))}; ` +
            `frame CPU ${stat(rs.map((r) => r.cpuMs))}` +
            (trips.length ? `; round trip per slice ${stat(trips)}; worker matching ${stat(rs.map((r) => r.workerMs))}` : ''),
        );
        if (new Set(rs.map((r) => r.matches)).size !== 1 || rs[0]!.matches !== results.get(MODES[0]!)![0]!.matches) console.log('   !! match counts differ', rs.map((r) => r.matches));
      }
    }
    // A worker Chrome stopped for idleness: the next frame's messages wait for it to start and build again.
    for (let run = 0; run < 2; run++) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
      const r = await load(browser, '100 KB', 'remote');
      console.log(`   after the worker was stopped (${label}): first slice ${r.firstSliceMs.toFixed(1)} ms, all ${r.totalMs.toFixed(1)} ms, first round trip ${r.roundTrips[0]!.toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
server.close();
