/**
 * The page shapes of shapes.ts with the built extension in Chromium, timed from a trace of the
 * content script's own calls: the longest task, how many went over 50 ms, and the page's heap
 * (after a full collection) once marked and again after what a reader does there (a pointer sweep
 * over the huge paragraph with its clock ticking; the feed's flapping). The load tests assert the
 * same pages' counts and marks. Run by `npm run bench`, or alone after `npm run build`:
 * `npx tsx scripts/bench/shape-bench.ts` (`SHAPE_RUNS`, default 3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { NEAR_VIEWPORT_SCREENS, SPARSE_MARK_EVERY } from '../../lib/limits';
import { ROOT, servePages } from './setup';
import {
  flappingFeedPage,
  heapAfterGc,
  longTextNodePage,
  nearTermsInHuge,
  nestedSpansPage,
  openCardText,
  paintedCount,
  paintedInHuge,
  paintedWhere,
  sweepPointer,
  TERM_EVERY,
  termPointInHuge,
  textNodesPage,
} from './shapes';
import { startContentTrace, type ContentScriptTrace } from './trace';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The build to load (`TERMLENS_BUILD` for another, such as an earlier commit's, to compare). */
const CHROME_BUILD = process.env.TERMLENS_BUILD ?? join(ROOT, '.output', 'chrome-mv3');
const WAIT_MS = 300_000;
const TEXT_NODES = 200_000;
const LONG_PIECES = 10_000;
const SPANS = 100_000;
const STORIES = 200;
const FLAPS = 301;

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const shapeReady = (page: Page) => page.waitForFunction(() => (window as unknown as { shapeReady?: boolean }).shapeReady === true, undefined, { timeout: WAIT_MS });

interface Shape {
  page: string;
  firstOnly?: boolean;
  /** Until the page is marked. */
  marked(page: Page): Promise<void>;
  /** What a reader does afterwards (heap is measured before and after it). */
  use?(page: Page): Promise<void>;
}

const shapes: Record<string, Shape> = {
  '200,000 text nodes in one block, clock, pointer sweep': {
    page: textNodesPage(TEXT_NODES),
    // Every match painted (as builds before the sparse index did), or exactly those near the viewport.
    async marked(page) {
      const near = (await nearTermsInHuge(page, SPARSE_MARK_EVERY, NEAR_VIEWPORT_SCREENS)).join();
      await waitFor(() => paintedInHuge(page), (p) => p.length === TEXT_NODES / TERM_EVERY || p.join() === near, 'the matches near the viewport painted');
    },
    async use(page) {
      await sweepPointer(page, 2);
      const point = await termPointInHuge(page, 30 * TERM_EVERY);
      // Resting, shaking by a pixel as a hand does (a block not kept yet answers a later move).
      let shake = 0;
      await waitFor(
        async () => {
          await page.mouse.move(point.x + (shake++ % 2), point.y);
          return openCardText(page);
        },
        (t) => !!t?.includes('天数天算'),
        'the card after the sweep',
      );
    },
  },
  'one 20 MB text node': {
    page: longTextNodePage(LONG_PIECES),
    marked: (page) => waitFor(() => paintedCount(page), (n) => n === LONG_PIECES, 'every match painted').then(() => undefined),
  },
  '100,000 nested inline spans': {
    page: nestedSpansPage(SPANS),
    marked: (page) => waitFor(() => paintedCount(page), (n) => n === SPANS / TERM_EVERY, 'every match painted').then(() => undefined),
  },
  [`first occurrence only, feed flapping its first story ${FLAPS} times`]: {
    page: flappingFeedPage(STORIES, FLAPS),
    firstOnly: true,
    marked: (page) => waitFor(() => paintedWhere(page), (w) => w.length === 3, 'first occurrences marked').then(() => undefined),
    async use(page) {
      await page.waitForFunction(() => (window as unknown as { flapsDone?: boolean }).flapsDone === true, undefined, { timeout: WAIT_MS });
      await waitFor(() => paintedWhere(page), (w) => w.join() === 's0:天数天算,s0:文生视频,s1:MaaS', 'first occurrences after the flapping');
    },
  },
};

async function setFirstOnly(context: BrowserContext, on: boolean): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (on) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } } } }).chrome.storage.local;
    if (on) await storage.set({ settings: { firstOnly: true } });
    else await storage.clear();
  }, on);
}

interface ShapeRun {
  trace: ContentScriptTrace;
  heapMarked: number;
  heapAfter: number;
}

export async function benchShapes(runs: number): Promise<void> {
  const server = await servePages(new Map(Object.values(shapes).map((shape, i) => [`shape${i}`, shape.page])));
  /** `SHAPES=200,000` runs only the shapes whose name holds that text. */
  const only = process.env.SHAPES;
  const profile = mkdtempSync(join(tmpdir(), 'termlens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-first-run', '--disable-background-networking', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    viewport: { width: 1000, height: 800 },
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const results: Record<string, ShapeRun[]> = Object.fromEntries(Object.keys(shapes).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, [name, shape]] of Object.entries(shapes).entries()) {
        if (only && !name.includes(only)) continue;
        await setFirstOnly(context, !!shape.firstOnly);
        const page = await context.newPage();
        const recording = await startContentTrace(page, { detail: false });
        try {
          await page.goto(server.url(`shape${i}`), { timeout: WAIT_MS });
          await shapeReady(page);
          await shape.marked(page);
          const heapMarked = await heapAfterGc(page);
          await shape.use?.(page);
          const heapAfter = await heapAfterGc(page);
          results[name]!.push({ trace: await recording.stop(), heapMarked, heapAfter });
        } catch (error) {
          await recording.abandon();
          throw error;
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await setFirstOnly(context, false).catch(() => {});
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }

  const minMedian = (xs: number[], digits = 1) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${sorted[0]!.toFixed(digits)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(digits)}`;
  };
  console.log(`\n## Page shapes that once made long tasks (Chromium trace of content.js calls; ${runs} runs, min / median; heap after a full GC)`);
  console.log(`   ${''.padEnd(58)} ${'longest task, wall ms'.padStart(22)} ${'longest, CPU ms'.padStart(16)} ${'tasks > 50 ms'.padStart(14)} ${'heap marked, MB'.padStart(16)} ${'heap after, MB'.padStart(15)}`);
  for (const [name, list] of Object.entries(results)) {
    if (list.length === 0) continue;
    const of = (pick: (r: ShapeRun) => number, digits?: number) => minMedian(list.map(pick), digits);
    console.log(
      `   ${name.padEnd(58)} ${of((r) => r.trace.longestMs).padStart(22)} ${of((r) => r.trace.longestCpuMs).padStart(16)} ${of((r) => r.trace.longTasks, 0).padStart(14)} ${of((r) => r.heapMarked).padStart(16)} ${of((r) => r.heapAfter).padStart(15)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchShapes(Number(process.env.SHAPE_RUNS ?? 3));
