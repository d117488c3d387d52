/**
 * Session-6 check behind the README's per-page figure: the content script's main-thread task time
 * (Chromium trace, every task whose script is content.js) while the built extension marks a 1 KB
 * fixture and a 100 KB generated page, each load in a fresh tab; min / median over RUNS (default 8).
 * `npm run build && npx tsx scripts/bench/experiments/frame-cost.ts`. Not part of CI.
 */
import { launchChromium, serveFixtures, traceContentScript, until } from '../../../tests/browser/harness';
import { generatePage } from '../pages';
import { readSeeds } from '../setup';
const seeds = readSeeds();
const { server, url } = await serveFixtures({ '/small.html': () => generatePage(seeds, 100_000).html });
const { context, close } = await launchChromium(true);
const out: Record<string, number[]> = { 'simplified.html': [], 'small.html': [] };
try {
  for (let r = 0; r < Number(process.env.RUNS ?? 8); r++) for (const file of Object.keys(out)) {
    const page = await context.newPage();
    const trace = await traceContentScript(page, async () => {
      await page.goto(url(file));
      await until(() => page.evaluate('[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)') as Promise<number>, (n) => n > 0);
      await new Promise((res) => setTimeout(res, 1500));
    });
    out[file]!.push(trace.totalMs);
    if (process.env.LONGEST === "1") console.log(file, JSON.stringify(trace.longest));
    await page.close();
  }
} finally { await close(); server.close(); }
for (const [f, xs] of Object.entries(out)) { const s = [...xs].sort((a, b) => a - b); console.log(f, 'content script task time min/median', s[0]!.toFixed(1), s[(s.length - 1) >> 1]!.toFixed(1), 'ms'); }
