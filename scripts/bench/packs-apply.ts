/**
 * `npm run bench:packs` (after `npm run build`): a 2,000-term glossary pack applied in the
 * background while a tab shows a 1 MB article. A pack source on 127.0.0.1 serves the release
 * (npm run packs' own publishing code); the options page subscribes; figures: the time from the
 * request to the pack held (download, SHA-256, strict parse, one IndexedDB transaction), the time
 * until the open tab marks the pack's term, and the tab's long tasks (over 50 ms) meanwhile.
 * Prints figures; asserts nothing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Glossary, GlossaryTerm } from '../../lib/glossary/types';
import { publishPacks } from '../../lib/packs/publish';
import { generatePage, syntheticForms } from './pages';
import { CHROMIUM, readSeeds, ROOT } from './setup';

const TERMS = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');

function packGlossary(): Glossary {
  const bundled = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as Glossary;
  const model = bundled.terms.find((t) => t.tier === 'core') ?? bundled.terms[0]!;
  const forms = ['量子墨水屏', ...syntheticForms(readSeeds(), TERMS - 1)];
  const terms: GlossaryTerm[] = forms.map((form, i) => ({ ...model, id: `pack-term-${i}`, term: form, forms: [form], variantOf: {}, aliases: [], category: 'chips', related: [], excerpts: [], exclude: [], english: `pack term ${i}` }));
  return { ...bundled, categories: bundled.categories.filter((c) => c.id === 'chips'), terms };
}

async function main(): Promise<void> {
  const release = publishPacks({ glossary: packGlossary(), date: '2026-12-07', sha256: (t) => createHash('sha256').update(t).digest('hex') });
  const article = generatePage(readSeeds(), 1_000_000).html.replace('<body>', '<body><p id="pack-term">国产量子墨水屏供应紧张。</p>');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/article.html') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    const text = release.files.get(path.replace(/^\/packs\//, ''));
    if (text === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const full = release.listing.packs[0]!.full;
  console.log(`pack: ${TERMS} terms, full file ${(full.size / 1e6).toFixed(2)} MB`);

  for (let run = 1; run <= RUNS; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'termlens-bench-packs-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--disable-background-networking'],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const tab = await context.newPage();
      await tab.addInitScript(() => {
        const w = window as unknown as { longTasks: { start: number; ms: number }[] };
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true });
      });
      await tab.goto(`http://127.0.0.1:${port}/article.html`);
      const marked = () => tab.evaluate(() => (CSS.highlights.get('termlens-underline') as unknown as { size: number } | undefined)?.size ?? 0);
      let before = 0;
      for (let stable = 0; stable < 3; ) {
        await new Promise((r) => setTimeout(r, 500));
        const now = await marked();
        stable = now === before && now > 0 ? stable + 1 : 0;
        before = now;
      }
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      // Baseline: the same rebuild and re-walk an own-terms change causes, without any pack (5 s window).
      const b0 = await tab.evaluate(() => performance.now());
      await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'reader-data-changed' }));
      await new Promise((r) => setTimeout(r, 5000));
      const baseline = await tab.evaluate((a) => (window as unknown as { longTasks: { start: number; ms: number }[] }).longTasks.filter((t) => t.start >= a).map((t) => t.ms), b0);
      const t0 = await tab.evaluate(() => performance.now());
      const started = Date.now();
      await options.evaluate(
        (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'add-pack-source', url }),
        `http://127.0.0.1:${port}/packs/packs.json`,
      );
      const heldMs = Date.now() - started;
      while ((await marked()) <= before) await new Promise((r) => setTimeout(r, 20));
      const markedMs = Date.now() - started;
      const t1 = await tab.evaluate(() => performance.now());
      const tasks = await tab.evaluate(([a, b]) => (window as unknown as { longTasks: { start: number; ms: number }[] }).longTasks.filter((t) => t.start >= a! && t.start <= b!).map((t) => t.ms), [t0, t1]);
      const list = (xs: number[]) => (xs.length ? `${xs.map((ms) => ms.toFixed(0)).join(', ')} ms` : 'none over 50 ms');
      console.log(`run ${run}: pack held after ${heldMs} ms; tab marks its term after ${markedMs} ms; tab long tasks meanwhile: ${list(tasks)} (baseline re-walk without a pack: ${list(baseline)})`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  server.close();
}

await main();
