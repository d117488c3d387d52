/**
 * Session-6 check behind the README's per-frame build figure: the real glossary's matcher compiled
 * in a fresh page, as every frame's content script does (module tables not built yet, code not
 * yet optimised), then a second time in the same page. Min / median over RUNS (default 15) pages.
 * `npx tsx scripts/bench/experiments/cold-build.ts`. Not part of CI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { bundleForPage, launchChromium, readMatchTable } from '../setup';

const entry = join(tmpdir(), 'termlens-cold-build.ts');
const lib = join(import.meta.dirname, '..', '..', '..', 'lib');
writeFileSync(
  entry,
  `import { compileMatcher } from ${JSON.stringify(join(lib, 'matcher', 'compile'))};
import { entriesOfTable } from ${JSON.stringify(join(lib, 'matcher', 'entries'))};
Object.assign(globalThis, { coldBuild(table) {
  const t0 = performance.now();
  compileMatcher(entriesOfTable(table));
  const t1 = performance.now();
  compileMatcher(entriesOfTable(table));
  return { first: t1 - t0, second: performance.now() - t1 };
} });`,
);
const script = await bundleForPage(entry);
const table = JSON.stringify(readMatchTable());
const browser = await launchChromium();
const first: number[] = [];
const second: number[] = [];
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 15); run++) {
    const page = await browser.newPage();
    await page.evaluate(script);
    const r = (await page.evaluate(`coldBuild(${table})`)) as { first: number; second: number };
    first.push(r.first);
    second.push(r.second);
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
