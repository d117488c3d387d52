/**
 * The check behind the per-page figure in docs/performance.md: the content script's main-thread task time
 * (Chromium trace, every task whose script is content.js, in any frame of the tab) while the built
 * extension marks a 1 KB fixture, a 100 KB generated page, and a short article with twelve frames
 * that hold no text (about:blank, a script, a pixel: what ads and trackers leave), each load in a
 * fresh tab; min / median over RUNS (default 8). `PAGES=frames.html` times only the pages named.
 * `LONGEST=1` also prints each load's longest tasks.
 * `npm run build && npx tsx scripts/bench/experiments/frame-cost.ts`. Not part of CI.
 */
import { launchChromium, serveFixtures, traceContentScript, until } from '../../../tests/browser/harness';
import { generatePage } from '../pages';
import { readSeeds } from '../setup';

const seeds = readSeeds();
const textlessFrames = [
  ...Array.from({ length: 6 }, () => '<iframe width="300" height="250"></iframe>'),
  ...Array.from({ length: 3 }, (_, i) => `<iframe srcdoc="<script>var slot = ${i}</script>"></iframe>`),
  ...Array.from({ length: 3 }, () => '<iframe width="1" height="1" srcdoc="<img alt=&quot;&quot; width=1 height=1>"></iframe>'),
].join('');
const { server, url } = await serveFixtures({
  '/small.html': () => generatePage(seeds, 100_000).html,
  '/frames.html': () => `<!doctype html><meta charset="utf-8"><p>全模态大模型与文生视频：万卡集群上的 MaaS。</p>${textlessFrames}`,
});
const { context, close } = await launchChromium(true);
const wanted = process.env.PAGES?.split(',');
const times: Record<string, number[]> = {};
for (const file of ['simplified.html', 'small.html', 'frames.html']) if (!wanted || wanted.includes(file)) times[file] = [];
// Read in the page's world: the Highlight registry is the document's, shared by both worlds.
const painted = '[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)';
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
    for (const file of Object.keys(times)) {
      const page = await context.newPage();
      const trace = await traceContentScript(page, async () => {
        await page.goto(url(file));
        await until(() => page.evaluate(painted) as Promise<number>, (n) => n > 0);
        // The walk of the rest of the page goes on after the first paint.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      });
      times[file]!.push(trace.totalMs);
      if (process.env.CALLS === "1") console.log(file, trace.calls, "calls");
      if (process.env.LONGEST === '1') console.log(file, JSON.stringify(trace.longest));
      await page.close();
    }
  }
} finally {
  await close();
  server.close();
}
for (const [file, xs] of Object.entries(times)) {
  const sorted = [...xs].sort((a, b) => a - b);
  console.log(`${file}: content script task time ${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms (min / median)`);
}
