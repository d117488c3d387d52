/**
 * The CC-CEDICT dictionary's cost (part of `npm run bench`; alone: `tsx scripts/bench/dictionary.ts`
 * after `npm run build`): what it adds to the extension, the first lookup after the browser starts
 * (the background reads and indexes cedict.txt), a warm lookup, and the background's JS heap with
 * the dictionary loaded. Each run is a fresh Chromium with a fresh profile. puppeteer-core, not
 * playwright: it opens a DevTools session on the service worker, whose heap is what is measured.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { loadDictionary } from '../../lib/dict/dictionary';
import { ROOT } from './setup';

const BUILD = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sizeOf = (dir: string): number =>
  readdirSync(dir).reduce((sum, f) => sum + (statSync(join(dir, f)).isDirectory() ? sizeOf(join(dir, f)) : statSync(join(dir, f)).size), 0);

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)}`;
};

interface Run {
  firstMs: number;
  warmMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

/**
 * Resident memory of the extension's renderer process (the service worker and extension pages),
 * which also counts what the JS heap does not: a string this large is kept outside it by Blink.
 */
export function extensionProcessRssMb(browserPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* a process that ended meanwhile */
    }
  }
  let rss = 0;
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--extension-process')) {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child}/status`, 'utf8'))![1]) / 1000;
        }
      } catch {
        /* ended meanwhile */
      }
      visit(child);
    }
  };
  visit(browserPid);
  return rss;
}

async function oneRun(): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), 'termlens-dict-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-first-run', '--disable-component-update'],
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
    const id = new URL(target.url()).host;
    const cdp = await target.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    const page = await browser.newPage();
    // The extension's smallest page: it sends the lookups as a popup or content script would.
    await page.goto(`chrome-extension://${id}/options.html`);
    const heapBeforeMb = await heap();
    const pid = browser.process()!.pid!;
    const rssBeforeMb = extensionProcessRssMb(pid);
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    const [firstMs, warmMs] = (await page.evaluate(`(async () => {
      const send = (text) => chrome.runtime.sendMessage({ type: 'lookup-word', text });
      let t = performance.now();
      const first = await send('银行卡号码');
      const firstMs = performance.now() - t;
      t = performance.now();
      const warm = await send('電腦病毒');
      const warmMs = performance.now() - t;
      if (first.entries.length !== 3 || warm.entries.length !== 3) throw new Error('unexpected lookup result');
      return [firstMs, warmMs];
    })()`)) as [number, number];
    const heapAfterMb = await heap();
    const rssAfterMb = extensionProcessRssMb(pid);
    return { firstMs, warmMs, heapBeforeMb, heapAfterMb, rssBeforeMb, rssAfterMb };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchDictionary(runs: number): Promise<void> {
  const index = readFileSync(join(BUILD, 'cedict.txt'));
  const header = index.subarray(0, index.indexOf(10)).toString('utf8').split('\t');
  console.log(`\n## CC-CEDICT dictionary (data of ${header[1]}, ${Number(header[2]).toLocaleString('en')} entries)`);
  console.log(`   cedict.txt in the extension: ${(index.length / 1e6).toFixed(2)} MB, ${(gzipSync(index).length / 1e6).toFixed(2)} MB gzipped (what a store package adds)`);
  console.log(`   whole chrome-mv3 build: ${(sizeOf(BUILD) / 1e6).toFixed(2)} MB`);
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun());
  console.log(`   ${runs} fresh browsers, min / median:`);
  console.log(`   first lookup after start (background reads and indexes cedict.txt): ${stats(results.map((r) => r.firstMs))} ms`);
  console.log(`   next lookup (warm):                                               ${stats(results.map((r) => r.warmMs))} ms`);
  console.log(`   background JS heap after GC, before the first lookup:             ${stats(results.map((r) => r.heapBeforeMb))} MB`);
  console.log(`   background JS heap after GC, dictionary loaded:                   ${stats(results.map((r) => r.heapAfterMb))} MB`);
  console.log(`   extension process resident memory, before the first lookup:       ${stats(results.map((r) => r.rssBeforeMb))} MB`);
  console.log(`   extension process resident memory, dictionary loaded:             ${stats(results.map((r) => r.rssAfterMb))} MB`);
  // The same index build in Node, by CPU time: steadier than the wall clock on a shared machine.
  const text = index.toString('utf8');
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    loadDictionary(text).lookup('银行卡号码', 5);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`   indexing cedict.txt (loadDictionary), Node, CPU time:              ${stats(cpu)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchDictionary(Number(process.env.BENCH_RUNS ?? 5)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
