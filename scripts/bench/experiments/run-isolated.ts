/**
 * Runs one function of `retention.ts` (FN, default `anchors`) on the generated bench page (MB,
 * default 10) in fresh pages, main world then isolated world, RUNS times (default 3), and prints
 * what it returns. See retention.ts.
 */
import { join } from 'node:path';
import { generatePage } from '../pages';
import { bundleForPage, isolatedWorld, launchChromium, readTerms, readSeeds, servePages } from '../setup';

const table = readTerms();
const script = await bundleForPage(join(import.meta.dirname, 'retention.ts'));
const server = await servePages(new Map([['page', generatePage(readSeeds(), Number(process.env.MB ?? 10) * 1e6).html]]));
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
    for (const world of ['main', 'isolated'] as const) {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await tab.goto(server.url('page'), { timeout: 120_000 });
      const evaluate = world === 'main' ? (expression: string) => tab.evaluate(expression) : await isolatedWorld(tab);
      await evaluate(script);
      await evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      console.log(world, JSON.stringify(await evaluate(`TermLensBench.${process.env.FN ?? 'anchors'}(${JSON.stringify(table)})`)));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
