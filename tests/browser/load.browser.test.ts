/**
 * Big and busy pages against the built extension in Chromium: annotation completes, exact
 * whole-page counts, and every paragraph of a continuous stream of DOM changes counted. The time
 * TermLens spends (longest task, total) is traced here only to see that its own calls ran;
 * `npm run bench` reports the figures for these same pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatePage, manyRowsPage, tickerPage } from '../../scripts/bench/pages';
import { pageCounts, visibleMarks } from '../../scripts/bench/busy-pages';
import {
  flappingFeedPage,
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
} from '../../scripts/bench/shapes';
import { NEAR_VIEWPORT_SCREENS, RUN_CACHE_BLOCKS, SPARSE_MARK_EVERY } from '../../lib/limits';
import { extensionSuite, ROOT, setSettings, traceContentScript, until } from './harness';

const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const ROWS = 25_000; // two elements each: 50,000 elements
const TICKS = 1000; // one paragraph every 10 ms for 10 s
const TEXT_NODES = 200_000;
const LONG_PIECES = 10_000; // 10 million characters, 20 MB of UTF-16
const SPANS = 100_000;
const STORIES = 200;
const FLAPS = 301; // ends with the first story in
/**
 * Loading and walking these pages takes seconds on an idle machine and minutes on two shared,
 * busy cores (the 10 MB page: 155–185 s seen). Waits and timeouts are sized for the latter: they
 * catch a hang, not a slow machine.
 */
const WAIT_MS = 300_000;
const BIG_PAGE_TIMEOUT_MS = 600_000;

const suite = extensionSuite({
  '/big.html': () => generatePage(seeds, 10_000_000).html,
  '/many.html': () => manyRowsPage(ROWS),
  '/ticker.html': () => tickerPage(TICKS),
  '/text-nodes.html': () => textNodesPage(TEXT_NODES),
  '/long-text.html': () => longTextNodePage(LONG_PIECES),
  '/nested.html': () => nestedSpansPage(SPANS),
  '/flapping.html': () => flappingFeedPage(STORIES, FLAPS),
});

const ready = (page: Page) => page.waitForFunction(() => (window as unknown as { shapeReady?: boolean }).shapeReady === true, undefined, { timeout: WAIT_MS });

describe('big pages', () => {
  it('10 MB of news: annotation reaches the last story, in many separate calls', async () => {
    const page = await suite.context().newPage();
    const trace = await traceContentScript(page, async () => {
      await page.goto(suite.url('big.html'), { timeout: WAIT_MS });
      await until(() => visibleMarks(page), (n) => n > 0, WAIT_MS);
      // The last story is only marked once the walk has read the whole page.
      await page.evaluate(() => document.querySelector('.feed > article:last-of-type')!.scrollIntoView());
      expect(await until(() => visibleMarks(page), (n) => n > 0, WAIT_MS)).toBeGreaterThan(0);
    });
    // Sliced work: one long call would be one (or a few) calls.
    expect(trace.calls).toBeGreaterThan(10);
  }, BIG_PAGE_TIMEOUT_MS);

  it('50,000 elements: every row is counted', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('many.html'), { timeout: WAIT_MS });
    const counts = await until(() => pageCounts(suite.context(), page), (c) => c['omni-modal'] === ROWS, WAIT_MS);
    expect(counts).toEqual({ 'omni-modal': ROWS });
  }, BIG_PAGE_TIMEOUT_MS);
});

describe('a page that never stops changing', () => {
  it('a paragraph every 10 ms for 10 s: every one is counted', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('ticker.html'));
    await page.waitForFunction(() => (window as unknown as { tickerDone?: boolean }).tickerDone === true, undefined, { timeout: WAIT_MS });
    expect(await until(() => pageCounts(suite.context(), page), (c) => c['tianshu-tiansuan'] === TICKS, WAIT_MS)).toEqual({ 'tianshu-tiansuan': TICKS });
  }, BIG_PAGE_TIMEOUT_MS);
});

describe('shapes that once made one long task (each step is now a part of a slice; `npm run bench` times them)', () => {
  it('200,000 text nodes in one paragraph, a clock ticking elsewhere: every match counted, exactly those near the viewport painted (and as the reader scrolls), a card for a pointer resting on it without another move, and Alt+J on the next term', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('text-nodes.html'), { timeout: WAIT_MS });
    await ready(page);
    const matches = TEXT_NODES / TERM_EVERY;
    const definition = '指卫星在太空中获取的数据无须传回地面';
    const near = () => nearTermsInHuge(page, SPARSE_MARK_EVERY, NEAR_VIEWPORT_SCREENS);
    const paintedAre = async (expected: number[]) => until(() => paintedInHuge(page), (p) => p.join() === expected.join(), WAIT_MS);
    /** Paragraphs put above it and painted: the run cache (RUN_CACHE_BLOCKS) no longer keeps the huge one. */
    const pushOutOfCache = async (round: number) => {
      await page.evaluate(
        ({ n, round }) => {
          const box = document.createElement('div');
          for (let i = 0; i < n; i++) box.append(Object.assign(document.createElement('p'), { id: `other${round}-${i}`, textContent: '另一段：天数天算' }));
          document.body.insertBefore(box, document.getElementById('huge'));
        },
        { n: RUN_CACHE_BLOCKS, round },
      );
      await until(() => paintedWhere(page), (w) => w.filter((x) => x.startsWith(`other${round}-`)).length === RUN_CACHE_BLOCKS, WAIT_MS);
    };
    const trace = await traceContentScript(page, async () => {
      expect(await until(() => pageCounts(suite.context(), page), (c) => c['tianshu-tiansuan'] === matches, WAIT_MS)).toEqual({ 'tianshu-tiansuan': matches });
      const atTop = await near();
      expect(atTop[0]).toBe(0);
      expect(atTop.length).toBeLessThan(matches / 20);
      expect(await paintedAre(atTop)).toEqual(atTop);
      // Halfway down: the parts near the new view are painted, those left behind taken out; and back.
      await page.evaluate(() => scrollTo(0, document.getElementById('huge')!.offsetHeight / 2));
      const halfway = await near();
      expect(halfway[0]).toBeGreaterThan(atTop[atTop.length - 1]!);
      expect(await paintedAre(halfway)).toEqual(halfway);
      await page.evaluate(() => scrollTo(0, 0));
      expect(await paintedAre(atTop)).toEqual(atTop);
      // A short sweep: each move waits for the browser's frame (see sweepPointer).
      await sweepPointer(page, 2, 8);

      // One move onto a term of the block, no longer kept, then the pointer rests: the card comes once the block is read.
      await page.mouse.move(990, 790);
      await pushOutOfCache(0);
      const point = await termPointInHuge(page, 10 * TERM_EVERY);
      await page.mouse.move(point.x, point.y);
      expect(await until(() => openCardText(page), (t) => !!t?.includes(definition), WAIT_MS)).toContain(definition);

      // Alt+J from a caret far down the block, not kept again: the card opens on the next term, scrolled into view.
      await page.keyboard.press('Escape');
      await page.mouse.move(990, 790);
      await pushOutOfCache(1);
      const target = 200 * TERM_EVERY;
      await page.evaluate((n) => getSelection()!.collapse(document.getElementById('huge')!.childNodes[n]!, 2), target - TERM_EVERY / 2);
      await page.keyboard.press('Alt+KeyJ');
      expect(await until(() => openCardText(page), (t) => !!t?.includes(definition), WAIT_MS)).toContain(definition);
      const term = await termPointInHuge(page, target);
      const card = await page.evaluate(() => document.querySelector('[data-termlens-ui]')!.getBoundingClientRect().toJSON() as DOMRect);
      expect(term.y).toBeGreaterThan(0);
      expect(term.y).toBeLessThan(800);
      // The card stands beside that term: above or below its line, across its column.
      expect(card.left <= term.x && card.right >= term.x).toBe(true);
      expect(card.top >= term.y || card.bottom <= term.y).toBe(true);
    });
    expect(trace.calls).toBeGreaterThan(10);
    expect(await pageCounts(suite.context(), page)).toEqual({ 'tianshu-tiansuan': matches + 2 * RUN_CACHE_BLOCKS });
    await page.close();
  }, BIG_PAGE_TIMEOUT_MS);

  it('one text node of 10 million characters: every match counted and painted', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('long-text.html'), { timeout: WAIT_MS });
    await ready(page);
    expect(await until(() => paintedCount(page), (n) => n === LONG_PIECES, WAIT_MS)).toBe(LONG_PIECES);
    expect(await pageCounts(suite.context(), page)).toEqual({ 'tianshu-tiansuan': LONG_PIECES });
    await page.close();
  }, BIG_PAGE_TIMEOUT_MS);

  it('100,000 nested inline spans: every match counted and painted', async () => {
    const page = await suite.context().newPage();
    await page.goto(suite.url('nested.html'), { timeout: WAIT_MS });
    await ready(page);
    const matches = SPANS / TERM_EVERY;
    expect(await until(() => paintedCount(page), (n) => n === matches, WAIT_MS)).toBe(matches);
    expect(await pageCounts(suite.context(), page)).toEqual({ 'tianshu-tiansuan': matches });
    await page.close();
  }, BIG_PAGE_TIMEOUT_MS);

  it('first occurrence only, a feed flapping its first story 300 times: exactly each term\'s first occurrence is marked after', async () => {
    await setSettings(suite.context(), { firstOnly: true });
    const page = await suite.context().newPage();
    try {
      await page.goto(suite.url('flapping.html'), { timeout: WAIT_MS });
      await page.waitForFunction(() => (window as unknown as { flapsDone?: boolean }).flapsDone === true, undefined, { timeout: WAIT_MS });
      const expected = ['s0:天数天算', 's0:文生视频', 's1:MaaS'];
      expect(await until(() => paintedWhere(page), (w) => JSON.stringify(w) === JSON.stringify(expected), WAIT_MS)).toEqual(expected);
      expect(await pageCounts(suite.context(), page)).toEqual({ 'tianshu-tiansuan': STORIES, 'text-to-video': 1, maas: STORIES - 1 });
    } finally {
      await page.close();
      await setSettings(suite.context(), undefined);
    }
  }, BIG_PAGE_TIMEOUT_MS);
});
