/**
 * The built extension as a reader meets it (part of `npm run bench`): Chromium with .output/chrome-mv3
 * loaded, each page load in a fresh tab, traced. For each page, opened at the top and opened scrolled
 * halfway down:
 * - the time from the content script's start (its EvaluateScript in the trace) to the first frame in
 *   which terms in the viewport are painted (a user-timing mark set by a main-world rAF poller that
 *   reads the Highlight registry, which the page's world shares with the content script's);
 * - the content script's main-thread CPU for the whole load (every content.js call in the trace);
 * - its heap per tab: the tab's JS heap after GC with the extension, minus the same page's in a
 *   browser without it (the bench pages run no script of their own).
 * After every load, the background service worker's JS heap after GC and the extension process's
 * resident memory. puppeteer-core: it opens a DevTools session on the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { extensionProcessRssMb } from './dictionary';
import { ROOT, servePages } from './setup';
import { summarizeContentScript, type TraceEvent } from './trace';

// BENCH_BUILD: another build to compare against (a copy of an earlier .output/chrome-mv3).
const BUILD = process.env.BENCH_BUILD ?? join(ROOT, '.output', 'chrome-mv3');
/** `BENCH_BUILDS=before=/tmp/a,after=/tmp/b`: several builds of the extension, each in its own browser, loads interleaved. */
export const benchBuilds = (): Map<string, string> =>
  new Map((process.env.BENCH_BUILDS ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARK = 'termlens-bench:first-marks';
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 120_000);

export interface LoadFigures {
  /** Content script start → first frame with terms in the viewport painted. */
  firstMarksMs: number;
  /** Navigation start → content script start (the page's own load, for context). */
  scriptStartMs: number;
  cpuMs: number;
  longestCpuMs: number;
  heapMb: number;
  /** The bare walk of the same page (no extension) in the same run, just before this load. */
  bareWalkMs: number;
}

/**
 * Main world, before the page's own content: scrolls halfway down once the document is parsed (the
 * content script runs later, at document_idle), and marks the first animation frame that finds a
 * painted term inside the viewport.
 */
// A string, not a function: tsx's helpers (__name) do not exist in the page.
const poller = `(() => {
  if (location.hash === '#half') {
    document.addEventListener('DOMContentLoaded', () => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  }
  const inView = (h) => {
    let found = false;
    h.forEach((r) => {
      if (found) return;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      found = rect.bottom > 0 && rect.top < innerHeight && rect.width > 0;
    });
    return found;
  };
  const check = () => {
    for (const h of CSS.highlights.values()) {
      if (h.size > 0 && inView(h)) return void performance.mark(${JSON.stringify(MARK)});
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

export async function launch(withExtension: boolean, build = BUILD): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'termlens-built-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    defaultViewport: { width: 1000, height: 800 },
    args: [
      '--no-sandbox', '--no-first-run', '--disable-component-update', '--disable-background-networking',
      ...(withExtension ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const heapAfterGcMb = async (page: Page): Promise<number> => {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
};

export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the walk is over: the content script's slices leave no mark a page can read, so this
 * waits for the main thread to go idle (twice in a row, 300 ms of setTimeout(0) ticks losing under
 * 10 ms to other tasks).
 */
async function mainThreadIdle(page: Page): Promise<void> {
  for (let idle = 0, tries = 0; idle < 2 && tries < 400; tries++) {
    const lostMs = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      let lost = 0;
      let prev = t0;
      const tick = () => {
        const now = performance.now();
        lost += Math.max(0, now - prev - 4);
        prev = now;
        if (now - t0 < 300) setTimeout(tick, 0);
        else resolve(lost);
      };
      setTimeout(tick, 0);
    })`)) as number;
    idle = lostMs < 10 ? idle + 1 : 0;
  }
}

export async function oneLoad(browser: Browser, url: string, position: 'top' | 'half'): Promise<Omit<LoadFigures, 'heapMb' | 'bareWalkMs'> & { withHeapMb: number }> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(poller);
    await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
    await page.goto(position === 'half' ? `${url}#half` : url, { waitUntil: 'load', timeout: WAIT_MS });
    await waitFor(() => page.evaluate(`performance.getEntriesByName(${JSON.stringify(MARK)}).length`) as Promise<number>, (n) => n > 0, 'terms painted in the viewport');
    // BENCH_NO_IDLE=1: stop at the first marks (CPU and heap then cover the start only; quicker on a busy machine).
    if (process.env.BENCH_NO_IDLE !== '1') await mainThreadIdle(page);
    const buffer = await page.tracing.stop();
    const parsed = JSON.parse(Buffer.from(buffer!).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const starts = events.filter((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').includes('/content-scripts/content.js')).map((e) => e.ts);
    const mark = events.find((e) => e.name === MARK);
    const navigation = events.find((e) => e.name === 'navigationStart' && e.cat?.includes('blink.user_timing'));
    if (starts.length === 0 || !mark) throw new Error('bench: no content script start or no mark in the trace');
    const scriptStart = Math.min(...starts);
    const summary = summarizeContentScript(events);
    // BENCH_TIMELINE=1: the content script's calls up to the mark, from its start (where the time to the first marks goes).
    if (process.env.BENCH_TIMELINE === '1') {
      const ours = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (e.args?.data?.url ?? '').includes('/content-scripts/content.js') && e.ts <= mark.ts);
      // A diagnostic build may set its own user-timing marks (performance.mark('termlens:…')): printed in order.
      const steps = events.filter((e) => e.name.startsWith('termlens:') && e.ts <= mark.ts).map((e) => `${e.name.slice(9)} ${((e.ts - scriptStart) / 1000).toFixed(0)}`);
      // The renderer's other long work meanwhile (style, layout, the page's parse, GC): what a gap between our calls is.
      const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.ts === scriptStart);
      const others = events.filter((e) => e.ph === 'X' && e.tid === evaluate?.tid && e.ts >= scriptStart && e.ts <= mark.ts && (e.dur ?? 0) > 15_000 && !/RunTask|ThreadController|FunctionCall|EvaluateScript|v8\.run|V8\.Execute/.test(e.name));
      if (others.length > 0) console.log(`   other main-thread work: ${others.map((e) => `${e.name} ${((e.ts - scriptStart) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`);
      console.log(`${url} ${position}: ` + ours.map((e) => `${((e.ts - scriptStart) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(1)} ${e.args?.data?.functionName ?? e.name}`).join(', ') + (steps.length > 0 ? ` | ${steps.join(', ')}` : '') + ` | mark ${((mark.ts - scriptStart) / 1000).toFixed(0)}`);
    }
    return {
      firstMarksMs: (mark.ts - scriptStart) / 1000,
      scriptStartMs: navigation ? (scriptStart - navigation.ts) / 1000 : NaN,
      cpuMs: summary.totalCpuMs,
      longestCpuMs: summary.longestCpuMs,
      withHeapMb: await heapAfterGcMb(page),
    };
  } finally {
    await page.close();
  }
}

/** The bare walk: a TreeWalker reading every text node of the page once, in the page's world (the floor of the main table). */
const bareWalk = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return { ms: performance.now() - t0, chars };
})()`;

/** The same page without the extension, in the same run: its heap after GC, and the bare walk's time. */
async function bareLoad(browser: Browser, url: string, position: 'top' | 'half'): Promise<{ heapMb: number; walkMs: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(position === 'half' ? `${url}#half` : url, { waitUntil: 'load', timeout: WAIT_MS });
    const heapMb = await heapAfterGcMb(page);
    const { ms, chars } = (await page.evaluate(bareWalk)) as { ms: number; chars: number };
    if (chars === 0) throw new Error('bench: the bare walk read no text');
    return { heapMb, walkMs: ms };
  } finally {
    await page.close();
  }
}

export interface BuiltExtensionFigures {
  loads: Map<string, LoadFigures[]>;
  backgroundHeapMb: number[];
  extensionRssMb: number[];
}

/**
 * `pages`: name → HTML. Each (page, position) is loaded `runs` times, interleaved; with `builds`
 * (name → unpacked build folder) each build in its own browser, interleaved too, its loads keyed
 * by `name: ` before the page.
 */
export async function benchBuiltExtension(pages: ReadonlyMap<string, string>, runs: number, builds: ReadonlyMap<string, string> = new Map([['', BUILD]])): Promise<BuiltExtensionFigures> {
  const server = await servePages(pages);
  const withExt = new Map<string, Awaited<ReturnType<typeof launch>>>();
  const bare = await launch(false);
  const loads = new Map<string, LoadFigures[]>();
  const backgroundHeapMb: number[] = [];
  const extensionRssMb: number[] = [];
  try {
    const workers = new Map<string, CDPSession>();
    for (const [buildName, folder] of builds) {
      const launched = await launch(true, folder);
      withExt.set(buildName, launched);
      const worker = await launched.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
      workers.set(buildName, await worker.createCDPSession());
    }
    for (let run = 0; run < runs; run++) {
      for (const name of pages.keys()) {
        for (const position of ['top', 'half'] as const) {
          const url = server.url(name);
          const bareFigures = await bareLoad(bare.browser, url, position);
          for (const [buildName, launched] of withExt) {
            const { withHeapMb, ...figures } = await oneLoad(launched.browser, url, position);
            const key = `${buildName ? `${buildName}: ` : ''}${name}, ${position === 'top' ? 'opened at the top' : 'opened halfway down'}`;
            loads.set(key, [...(loads.get(key) ?? []), { ...figures, heapMb: withHeapMb - bareFigures.heapMb, bareWalkMs: bareFigures.walkMs }]);
          }
        }
      }
      // The background's figures: the first build's.
      const [firstName, first] = [...withExt][0]!;
      const workerCdp = workers.get(firstName)!;
      await workerCdp.send('HeapProfiler.collectGarbage');
      backgroundHeapMb.push((await workerCdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
      extensionRssMb.push(extensionProcessRssMb(first.browser.process()!.pid!));
    }
  } finally {
    for (const launched of withExt.values()) await launched.close();
    await bare.close();
    server.close();
  }
  return { loads, backgroundHeapMb, extensionRssMb };
}
