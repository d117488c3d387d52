/** Runs scripts/bench/experiments/retention.ts (or ENTRY) in fresh pages, main world then isolated world; see that file. */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { generatePage } from '../pages';
const ROOT = join(import.meta.dirname, '..', '..', '..');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const g = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8'));
const table = { ids: g.terms.map((t: any) => t.id), forms: g.terms.map((t: any) => t.forms), caseSensitive: g.terms.map((t: any) => t.caseSensitive), exclude: g.terms.map((t: any) => t.exclude) };
const bundle = (await esbuild({ entryPoints: [join(ROOT, process.env.ENTRY ?? 'scripts/bench/experiments/retention.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false })).outputFiles[0]!.text;
const page = generatePage(seeds, Number(process.env.MB ?? 10) * 1e6);
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) for (const world of ['main', 'isolated']) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await tab.goto(`http://127.0.0.1:${(server.address() as any).port}/`, { timeout: 120000 });
  const cdp = await tab.context().newCDPSession(tab);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as any;
  let contextId: number | undefined;
  if (world === 'isolated') contextId = ((await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench' })) as any).executionContextId;
  const ev = async (expression: string) => ((await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as any).result.value;
  await ev(bundle);
  await ev('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const r = await ev(`TermLensBench.${process.env.FN ?? 'anchors'}(${JSON.stringify(table)}${process.env.ARG ?? ""})`);
  console.log(world, JSON.stringify(r).slice(0, 300));
  await tab.close();
}
await browser.close(); server.close();
