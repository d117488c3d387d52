/**
 * `npm run demo`: builds TermLens and opens a real browser window with it loaded on a demo article
 * (a seed article served from http://127.0.0.1: Firefox runs no content script on file:// pages).
 * Chromium by default; `-- --firefox` for Firefox ESR. It points at the first marked term so its
 * card opens, then leaves the window to the reader and exits when the window is closed.
 *
 *   --firefox          Firefox ESR and the Firefox build (default: Chromium and the Chrome build)
 *   --no-build         use the build already in .output/
 *   --check            headless: wait for marks and a card, print them, exit 0 (or 1 if none)
 *   --screenshot=FILE  save a picture of the window once the card is open
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { demoArticle } from './demo/article';
import { ROOT, cardText, launchChromium, requireBuildAndBrowser, serveFixtures, settledMarks, until, type Evaluator } from '../tests/browser/harness';
import { firefoxCardText, launchFirefox, requireFirefoxBuild } from '../tests/browser/firefox-harness';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const check = args.includes('--check');
const screenshot = args.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);
const PAGE = 'termlens-demo.html';
/** tsx keeps function names with an __name helper that functions sent to the page would miss. */
const TSX_NAME_HELPER = 'globalThis.__name = (f) => f;';

/** A page of either driver, as far as the demo uses it. */
interface DemoPage extends Evaluator {
  screenshot(options: { path: string }): Promise<unknown>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
}

interface Opened {
  page: DemoPage;
  card: () => Promise<string | undefined>;
  /** Resolves when the reader closes the browser. */
  closed: Promise<void>;
  close: () => Promise<void>;
}

function build(): void {
  const script = firefox ? 'build:firefox' : 'build';
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function openChromium(url: string): Promise<Opened> {
  requireBuildAndBrowser();
  const { context, close } = await launchChromium(true, { headless: check });
  await context.addInitScript(TSX_NAME_HELPER);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { page, card: () => cardText(page), closed: new Promise((resolve) => context.on('close', () => resolve())), close };
}

async function openFirefox(url: string): Promise<Opened> {
  requireFirefoxBuild();
  const browser = await launchFirefox({ headless: check });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluateOnNewDocument(TSX_NAME_HELPER);
  await page.goto(url);
  return { page, card: () => firefoxCardText(browser, page), closed: new Promise((resolve) => browser.on('disconnected', () => resolve())), close: () => browser.close() };
}

interface MarkPoint {
  term: string;
  x: number;
  y: number;
}

/** The first mark on screen: its text and the centre of its first character, in viewport coordinates. */
function firstMarkPoint(page: DemoPage): Promise<MarkPoint | undefined> {
  return (page as unknown as { evaluate(fn: () => MarkPoint | undefined): Promise<MarkPoint | undefined> }).evaluate(() => {
    for (const name of ['termlens-underline', 'termlens-background']) {
      const ranges: AbstractRange[] = [];
      // forEach, not iteration: iterators do not cross Firefox's Xray wrappers.
      CSS.highlights.get(name)?.forEach((r) => void ranges.push(r));
      for (const r of ranges) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const term = range.toString();
        range.setEnd(r.startContainer, r.startOffset + 1);
        const box = range.getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= innerHeight && box.width > 0) return { term, x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  });
}

async function main(): Promise<void> {
  if (!check && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display to open a browser window on: run it under xvfb-run, or add --check for a headless run.');
  }
  if (!args.includes('--no-build')) build();
  const { server, url }: { server: Server; url: (file: string) => string } = await serveFixtures({ [`/${PAGE}`]: () => demoArticle(ROOT) });
  const opened = await (firefox ? openFirefox : openChromium)(url(PAGE));
  try {
    const marks = await settledMarks(opened.page, 5);
    console.log(`${marks.length} terms marked on the demo page: ${[...new Set(marks)].slice(0, 12).join(', ')}${marks.length > 12 ? ' …' : ''}`);
    const point = await firstMarkPoint(opened.page);
    let card: string | undefined;
    if (point) {
      await opened.page.mouse.move(point.x, point.y - 40);
      await opened.page.mouse.move(point.x, point.y, { steps: 8 });
      // The card's text holds its heading, the term itself, once its entry has arrived.
      card = await until(opened.card, (text) => !!text?.includes(point.term));
      console.log(card?.includes(point.term) ? `card open for ${point.term}` : 'no card opened (move the pointer onto a marked term)');
    }
    if (screenshot) {
      // A picture, not a check: let the card's 120 ms fade-in finish (longer on a busy machine).
      await new Promise((settle) => setTimeout(settle, 600));
      await opened.page.screenshot({ path: resolve(screenshot) });
      console.log(`screenshot: ${screenshot}`);
    }
    if (check) {
      if (marks.length === 0 || !point || !card?.includes(point.term)) throw new Error('the demo page shows no marks or no card');
      return;
    }
    console.log(`TermLens is running in ${firefox ? 'Firefox ESR' : 'Chromium'} on ${url(PAGE)} — close the browser window to end.`);
    await opened.closed;
  } finally {
    await opened.close().catch(() => undefined);
    server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
