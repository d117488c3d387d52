/**
 * What every bench script needs: the seeds, the real glossary's terms, a page script bundled
 * for the browser, a local server for generated pages, Debian's Chromium, and evaluation in an
 * isolated world (where the extension's content script runs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Glossary } from '../../lib/glossary/types';
import type { MatchableTerm } from '../../lib/matcher/entries';
import { syntheticForms } from './pages';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function readSeeds(): string[] {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
}

/** The built glossary's terms (`npm run glossary`) as a matcher is compiled from them: ids, forms and matching rules. */
export function readTerms(): MatchableTerm[] {
  const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as Glossary;
  return glossary.terms.map(({ id, forms, caseSensitive, exclude, keep, sense, senseForms, compounds, collocations, marked, digitsMayTouch, versions }) => ({
    id, forms, caseSensitive, exclude, keep, sense, senseForms, compounds, collocations, marked, digitsMayTouch, versions,
  }));
}

/** The real glossary plus synthetic terms (random 2–6 character strings over the seeds' characters) up to `terms`. */
export function bigTerms(seedTexts: readonly string[], realTerms: MatchableTerm[], terms = 100_000): MatchableTerm[] {
  const realForms = new Set(realTerms.flatMap((term) => term.forms));
  const extra = syntheticForms(seedTexts, terms - realTerms.length).filter((f) => !realForms.has(f));
  return [...realTerms, ...extra.map((form, i) => ({ id: `synthetic-${i}`, forms: [form], caseSensitive: true, exclude: [] }))];
}

/** A TypeScript module bundled into one script to inject into a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const bundle = await esbuild({ entryPoints: [entry], bundle: true, format: 'iife', target: 'chrome120', write: false });
  return bundle.outputFiles[0]!.text;
}

/** Serves each page's HTML at `/<name>` on a free local port. */
export async function servePages(pages: ReadonlyMap<string, string>): Promise<{ url: (name: string) => string; close: () => void }> {
  const server = createServer((req, res) => {
    const html = pages.get(decodeURIComponent(req.url!.slice(1)));
    if (html === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`, close: () => server.close() };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-first-run', '--disable-background-networking'] });
}

/** An evaluator for a new isolated world of the page's top frame; promises are awaited. */
export async function isolatedWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'termlens-bench' })) as {
    executionContextId: number;
  };
  return async (expression) => {
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as {
      result: { value: unknown };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
}

/**
 * Evaluates `expression` in the page's main world and returns its result with the main thread's
 * CPU time over the call (Chromium's ThreadTime metric). On a shared machine the wall clock also
 * counts the time the page was not running at all (twice the CPU time in a busy hour); CPU time
 * does not.
 */
export async function evaluateWithCpu<T>(page: Page, expression: string): Promise<{ result: T; cpuMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () =>
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
    const before = await threadTime();
    const result = (await page.evaluate(expression)) as T;
    return { result, cpuMs: (await threadTime()) - before };
  } finally {
    await cdp.detach();
  }
}
