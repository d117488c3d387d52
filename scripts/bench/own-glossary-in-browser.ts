/**
 * The built extension with a 100,000-term own glossary, in Chromium: a generated 1 MB page loaded
 * (traced, as built-extension.ts does) before and after importing 100,000 own terms through the
 * options page; the background's matcher rebuild (its `termlens:matcher-build` measure) and the
 * size of the page matcher a frame receives. The own terms are random 2–6-character strings over
 * the seeds' characters (scripts/bench/pages.ts's syntheticForms), so they do occur on the page:
 * the scanner's worst case. `npm run build` first; `BENCH_RUNS=… npx tsx scripts/bench/own-glossary-in-browser.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'puppeteer-core';
import { launch, oneLoad, waitFor, type LoadFigures } from './built-extension';
import { importThroughOptions, longestTask } from './options-import';
import { generatePage, syntheticForms } from './pages';
import { readSeeds, servePages } from './setup';

const TERMS = Number(process.env.OWN_TERMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

type Load = Omit<LoadFigures, 'heapMb' | 'bareWalkMs'>;

const evaluate = async <T>(cdp: CDPSession, expression: string): Promise<T> =>
  (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.value as T;

async function loads(browser: Browser, url: string): Promise<Map<string, Load[]>> {
  const out = new Map<string, Load[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const position of ['top', 'half'] as const) {
      const started = Date.now();
      const { withHeapMb: _, ...figures } = await oneLoad(browser, url, position);
      // Each load as it ends: a slow one is seen before the run is over.
      console.log(`    (run ${run + 1}, ${position}: first marks ${figures.firstMarksMs.toFixed(0)} ms after the script's start; load and trace ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      out.set(position, [...(out.get(position) ?? []), figures]);
    }
  }
  return out;
}

const minMedian = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(0)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(0)} ms`;
};

function printLoads(title: string, figures: Map<string, Load[]>): void {
  console.log(`  ${title} (${RUNS} runs, min / median):`);
  for (const [position, list] of figures) {
    console.log(
      `    1 MB page ${position === 'top' ? 'at the top   ' : 'halfway down'}: navigation → script start ${minMedian(list.map((l) => l.scriptStartMs))}, ` +
        `script start → first marks ${minMedian(list.map((l) => l.firstMarksMs))}, CPU ${minMedian(list.map((l) => l.cpuMs))}, longest task ${minMedian(list.map((l) => l.longestCpuMs))}`,
    );
  }
}

const seeds = readSeeds();
const dir = mkdtempSync(join(tmpdir(), 'termlens-own-glossary-bench-'));
const server = await servePages(new Map([['1 MB', generatePage(seeds, MB).html]]));
const chromium = await launch(true);
try {
  const worker = await chromium.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const background = await worker.createCDPSession();
  const builds = () => evaluate<number[]>(background, `performance.getEntriesByName('termlens:matcher-build').map((m) => m.duration)`);

  console.log(`## ${TERMS.toLocaleString('en')} own terms in the built extension (Chromium)`);
  printLoads('bundled glossary only', await loads(chromium.browser, server.url('1 MB')));
  const buildsBefore = (await builds()).length;

  const lines = syntheticForms(seeds, TERMS).map((form, i) => `${form} ${form} [zi4] /own term ${i}/`);
  const file = join(dir, 'own.u8');
  writeFileSync(file, ['# own terms (generated for the benchmark)', ...lines].join('\n'));
  const { page: options, figures } = await importThroughOptions(chromium.browser, file);
  console.log(`  import: preview ${(figures.previewMs / 1000).toFixed(2)} s, write ${(figures.writeMs / 1000).toFixed(2)} s — "${figures.done}"; options page's longest task ${longestTask(figures.longTasksMs)}`);

  const rebuild = (await waitFor(builds, (list) => list.length > buildsBefore, 'the matcher rebuild')).at(-1)!;
  const replyBytes = (await options.evaluate(`chrome.runtime.sendMessage({ type: 'get-page-matcher' }).then((reply) => new Blob([JSON.stringify(reply)]).size)`)) as number;
  console.log(`  background matcher rebuild with the own terms: ${rebuild.toFixed(0)} ms; page-matcher reply ${(replyBytes / MB).toFixed(2)} MB (JSON)`);
  await options.close();
  printLoads('with the own terms', await loads(chromium.browser, server.url('1 MB')));
} finally {
  await chromium.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
