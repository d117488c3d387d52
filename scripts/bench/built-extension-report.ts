/** Prints the built extension's figures (built-extension.ts) with its CPU as ratios to the main table's floor and rules bound. */
import { benchBuiltExtension, benchBuilds } from './built-extension';

const minMedian = (xs: number[], digits = 1) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(digits)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(digits)}`;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

export async function printBuiltExtension(pages: ReadonlyMap<string, string>, floors: ReadonlyMap<string, { floorCpu: number; boundCpu: number }>, runs: number): Promise<void> {
  const builds = benchBuilds();
  const { loads, backgroundHeapMb, extensionRssMb } = await benchBuiltExtension(pages, runs, builds.size > 0 ? builds : undefined);
  console.log(`## The built extension, each load in a fresh tab (Chromium trace; ${runs} runs, min / median)`);
  console.log(
    `   ${''.padEnd(44)} ${'script start → first marks in view'.padStart(36)} ${'bare walk'.padStart(15)} ${'CPU, whole load'.padStart(17)} ${'× floor'.padStart(8)} ${'× bound'.padStart(8)} ${'longest task'.padStart(14)} ${'heap per tab'.padStart(14)}`,
  );
  for (const [key, list] of loads) {
    const page = floors.get(key.replace(/^[^:]*: /, '').split(',')[0]!);
    const cpu = median(list.map((l) => l.cpuMs));
    console.log(
      `   ${key.padEnd(44)} ${`${minMedian(list.map((l) => l.firstMarksMs), 0)} ms`.padStart(36)} ${`${minMedian(list.map((l) => l.bareWalkMs))} ms`.padStart(15)} ${`${minMedian(list.map((l) => l.cpuMs))} ms`.padStart(17)} ` +
        `${(page ? `${(cpu / page.floorCpu).toFixed(1)}×` : '–').padStart(8)} ${(page ? `${(cpu / page.boundCpu).toFixed(1)}×` : '–').padStart(8)} ` +
        `${`${minMedian(list.map((l) => l.longestCpuMs))} ms`.padStart(14)} ${`${minMedian(list.map((l) => l.heapMb), 2)} MB`.padStart(14)}`,
    );
  }
  console.log(`   (the page's own load, navigation → content script start: ${[...loads].map(([key, list]) => `${key} ${median(list.map((l) => l.scriptStartMs)).toFixed(0)} ms`).join('; ')})`);
  console.log(`   background service worker after these loads: JS heap after GC ${minMedian(backgroundHeapMb, 2)} MB; extension process resident ${minMedian(extensionRssMb, 0)} MB\n`);
}
