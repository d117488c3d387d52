/**
 * Times the modes of `walks.ts` (MODES, default all) on the generated bench page (MB, default 1),
 * interleaved, each in a fresh page, RUNS times (default 9); prints min / median and the median's
 * ratio to the floor's, by the wall clock in the page and by main-thread CPU time. Matchers are
 * compiled before the timed call (`prepare`), so neither column counts the build.
 */
import { join } from 'node:path';
import { generatePage } from '../pages';
import { bundleForPage, evaluateWithCpu, launchChromium, readTerms, readSeeds, servePages } from '../setup';

const modes = (process.env.MODES ?? 'floor,walk,treeWalk,scan,joined').split(',');
const table = JSON.stringify(readTerms());
const script = await bundleForPage(join(import.meta.dirname, 'walks.ts'));
const server = await servePages(new Map([['page', generatePage(readSeeds(), Number(process.env.MB ?? 1) * 1e6).html]]));
const browser = await launchChromium();
const times = new Map<string, number[]>(modes.map((mode) => [mode, []]));
const cpu = new Map<string, number[]>(modes.map((mode) => [mode, []]));
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 9); run++) {
    for (const mode of modes) {
      const tab = await browser.newPage();
      await tab.goto(server.url('page'), { timeout: 120_000 });
      await tab.evaluate(script);
      await tab.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      await tab.evaluate(`globalThis.benchTable = ${table}; TermLensWalks.prepare(benchTable)`);
      const { result, cpuMs } = await evaluateWithCpu<{ ms: number }>(tab, `TermLensWalks.${mode}(benchTable)`);
      times.get(mode)!.push(result.ms);
      cpu.get(mode)!.push(cpuMs);
      if (run === 0) console.log(mode, JSON.stringify(result));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const row = (xs: number[], base: number) => `${Math.min(...xs).toFixed(1).padStart(7)} / ${median(xs).toFixed(1).padStart(7)} ms ${(median(xs) / base).toFixed(2).padStart(5)}×`;
console.log(`${''.padEnd(12)} ${'wall clock in the page'.padStart(25)}   ${'main-thread CPU'.padStart(25)}`);
for (const mode of modes) {
  console.log(`${mode.padEnd(12)} ${row(times.get(mode)!, median(times.get('floor') ?? [NaN]))}   ${row(cpu.get(mode)!, median(cpu.get('floor') ?? [NaN]))}`);
}
