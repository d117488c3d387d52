/**
 * `npm run bench:profile`: where TermLens's time goes on the 1 MB bench page. Runs the scan once
 * in a fresh page under the V8 sampling profiler and prints self time per function (top 25). For
 * finding hot spots, not for figures: quote `npm run bench` for those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import type { MatchTable } from '../../lib/messages';
import { generatePage } from './pages';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZE = Number(process.env.PROFILE_MB ?? 1) * 1_000_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; forms: string[]; caseSensitive: boolean; exclude: string[] }[] };
  const table: MatchTable = {
    ids: glossary.terms.map((t) => t.id),
    forms: glossary.terms.map((t) => t.forms),
    caseSensitive: glossary.terms.map((t) => t.caseSensitive),
    exclude: glossary.terms.map((t) => t.exclude),
  };
  const bundle = await esbuild({ entryPoints: [join(import.meta.dirname, 'in-page.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false, sourcemap: false });
  const page = generatePage(seeds, SIZE);
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const which = process.env.PROFILE_WHAT ?? 'termlens';
    const result = await tab.evaluate(
      ([t, w]) => (w === 'floor' ? (globalThis as any).TermLensBench.floor() : (globalThis as any).TermLensBench.termlens(t, false)),
      [table, which] as const,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    console.log(which, JSON.stringify(result));
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const n = byNode.get(id)!;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
      if (!['(idle)', '(program)'].includes(n.callFrame.functionName)) total += dt;
    });
    console.log(`sampled ${total.toFixed(1)} ms outside idle`);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
