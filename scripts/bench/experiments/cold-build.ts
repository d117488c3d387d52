/**
 * Session-6 check behind the README's per-frame build figure: the real glossary's matcher compiled
 * in a fresh page, as every frame's content script does (module tables not built yet, code not
 * yet optimised), then a second time in the same page. Min / median over RUNS (default 15) pages.
 * `npx tsx scripts/bench/experiments/cold-build.ts`. Not part of CI.
 */
import { join } from 'node:path';
import { bundleForPage, launchChromium, readMatchTable } from '../setup';

const script = await bundleForPage(join(import.meta.dirname, '..', 'in-page.ts'));
const table = JSON.stringify(readMatchTable());
const browser = await launchChromium();
const first: number[] = [];
const second: number[] = [];
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 15); run++) {
    const page = await browser.newPage();
    await page.evaluate(script);
    await page.evaluate(`globalThis.benchTable = ${table}`);
    first.push((await page.evaluate('TermLensBench.build(benchTable).ms')) as number);
    second.push((await page.evaluate('TermLensBench.build(benchTable).ms')) as number);
    await page.close();
  }
} finally {
  await browser.close();
}
const stat = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms`;
};
console.log(`real glossary, min / median of ${first.length} fresh pages: first build ${stat(first)}, second build ${stat(second)}`);
