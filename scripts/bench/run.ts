/**
 * `npm run bench`: TermLens against the floor and mark.js in headless Debian Chromium, on pages
 * generated from the seeds. Every figure is the min / median of several runs, each in a fresh
 * page, with the methods interleaved so machine noise falls on all of them; ratios are to the
 * floor measured in the same run, both by the wall clock in the page and by the main thread's
 * CPU time (steadier on a shared machine). Prints a table; nothing here is a pass/fail test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildLayout } from '../../lib/matcher/compile';
import { entriesOfTerms } from '../../lib/matcher/entries';
import { layoutForMessage } from '../../lib/matcher/layout';
import { joinTermIds } from '../../lib/matcher/term-ids';
import type { MatchableTerm } from '../../lib/matcher/entries';
import { benchDictionary } from './dictionary';
import { benchBusyPages } from './busy-pages';
import { benchShapes } from './shape-bench';
import { generatePage } from './pages';
import { printBuiltExtension } from './built-extension-report';
import { bigTerms, bundleForPage, evaluateWithCpu, isolatedWorld, launchChromium, readTerms, readSeeds, ROOT, servePages } from './setup';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONTENT_SCRIPT = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
const MB = 1_000_000;

interface Bench {
  floor(): { ms: number; textNodes: number; chars: number };
  floorWithParents(): { ms: number };
  floorWithElements(): { ms: number };
  floorWithCharacters(): { ms: number };
  elementsAndChars(): { ms: number };
  floorSliced(): Promise<{ wallMs: number; slices: number; longestSlice: number }>;
  markRegExp(forms: string[]): { ms: number; marks: number };
  prepare(table: MatchableTerm[]): void;
  termlens(table: MatchableTerm[], eager: boolean): Promise<{ ms: number; scanMs: number; paintMs: number; matches: number; painted: number; slices: number }>;
  build(table: MatchableTerm[]): { ms: number; nodes: number };
  receive(reply: string): { ms: number; nodes: number };
  parseOnly(reply: string): { ms: number };
  longTasks(table: MatchableTerm[]): Promise<{ wallMs: number; longTasks: number[]; slices: number; longestSlice: number; watched: number }>;
}
declare const TermLensBench: Bench;
type Annotated = Awaited<ReturnType<Bench['termlens']>>;

const seedTexts = readSeeds();
const realTable = readTerms();
const realForms = realTable.flatMap((term) => term.forms);
/** The real glossary plus synthetic terms up to 100,000 terms. */
const bigTable = bigTerms(seedTexts, realTable);

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]! };
};
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

async function main(): Promise<void> {
  const benchScript = await bundleForPage(join(import.meta.dirname, 'in-page.ts'));
  const markScript = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

  const pages = new Map<string, { html: string; textBytes: number; elements: number }>();
  // BENCH_QUICK=1: the 1 MB page only, no builds or long-task runs (for trying a change; quote full runs).
  const quick = process.env.BENCH_QUICK === '1';
  for (const [name, bytes] of [['100 KB', MB / 10], ['1 MB', MB], ['10 MB', 10 * MB]] as const) if (!quick || bytes < 10 * MB) pages.set(name, generatePage(seedTexts, bytes));
  const server = await servePages(new Map([...pages].map(([name, page]) => [name, page.html])));
  const browser = await launchChromium();

  /** A fresh page, the bench script in its main world unless `bare` (the caller injects it elsewhere). */
  const fresh = async (name: string, withMark = false, bare = false): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(server.url(name), { waitUntil: 'load', timeout: 120_000 });
    if (!bare) await page.addScriptTag({ content: benchScript });
    if (withMark) await page.addScriptTag({ content: markScript });
    // Let the first layout and paint finish before timing anything.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page;
  };
  const once = async <T>(name: string, fn: (page: Page) => Promise<T>, withMark = false, bare = false): Promise<T> => {
    const page = await fresh(name, withMark, bare);
    try {
      return await fn(page);
    } finally {
      await page.close();
    }
  };

  /**
   * One method in a fresh page: its own timing (wall clock, in the page) and the main thread's CPU
   * time over the same call. The table is handed over and its matcher compiled before the clock
   * starts (build time has its own rows).
   */
  const timed = async <T extends { ms: number }>(name: string, call: string, table?: MatchableTerm[], withMark = false): Promise<T & { cpuMs: number }> =>
    once(
      name,
      async (page) => {
        if (table) await page.evaluate((t) => (Object.assign(globalThis, { benchTable: t }), TermLensBench.prepare(t)), table);
        const { result, cpuMs } = await evaluateWithCpu<T>(page, call);
        return { ...result, cpuMs };
      },
      withMark,
    );

  /** Per page: the floor's and the rules bound's CPU medians, for the built extension's ratios. */
  const floors = new Map<string, { floorCpu: number; boundCpu: number }>();
  try {
    console.log(`Chromium ${browser.version()}, ${RUNS} runs each, fresh page per run; ms as min / median.\n`);
    for (const [name, page] of pages) {
      console.log(`## ${name} page: ${(page.textBytes / MB).toFixed(2)} MB of text, ${page.elements.toLocaleString('en')} elements, ${(page.html.length / MB).toFixed(1)} M chars of HTML`);
      const methods = ['floor', 'parents', 'elements', 'chars', 'bound', 'termlens', 'scan', 'paint', 'eager', 'big', 'markjs'] as const;
      const times = Object.fromEntries(methods.map((m) => [m, [] as number[]])) as Record<(typeof methods)[number], number[]>;
      const cpu = Object.fromEntries(methods.map((m) => [m, [] as number[]])) as Record<(typeof methods)[number], number[]>;
      const keep = (method: (typeof methods)[number], r: { ms: number; cpuMs: number }) => {
        times[method].push(r.ms);
        cpu[method].push(r.cpuMs);
      };
      let facts = '';
      for (let run = 0; run < RUNS; run++) {
        const f = await timed<ReturnType<Bench['floor']>>(name, 'TermLensBench.floor()');
        keep('floor', f);
        keep('parents', await timed(name, 'TermLensBench.floorWithParents()'));
        keep('elements', await timed(name, 'TermLensBench.floorWithElements()'));
        keep('chars', await timed(name, 'TermLensBench.floorWithCharacters()'));
        keep('bound', await timed(name, 'TermLensBench.elementsAndChars()'));
        const t = await timed<Annotated>(name, 'TermLensBench.termlens(benchTable, false)', realTable);
        keep('termlens', t);
        times.scan.push(t.scanMs);
        times.paint.push(t.paintMs);
        keep('eager', await timed(name, 'TermLensBench.termlens(benchTable, true)', realTable));
        const b = await timed<Annotated>(name, 'TermLensBench.termlens(benchTable, false)', bigTable);
        keep('big', b);
        const m = await timed<ReturnType<Bench['markRegExp']>>(name, `TermLensBench.markRegExp(${JSON.stringify(realForms)})`, undefined, true);
        keep('markjs', m);
        if (run === 0) {
          facts =
            `   ${f.textNodes.toLocaleString('en')} text nodes, ${f.chars.toLocaleString('en')} characters; ` +
            `TermLens found ${t.matches.toLocaleString('en')} matches (painted ${t.painted.toLocaleString('en')} near the viewport, in ${t.slices} slices); ` +
            `mark.js marked ${m.marks.toLocaleString('en')}; 100k glossary found ${b.matches.toLocaleString('en')}`;
        }
      }
      const base = stats(times.floor).median;
      const cpuBase = stats(cpu.floor).median;
      console.log(`   ${''.padEnd(52)} ${'wall clock in the page'.padStart(31)}   ${'main-thread CPU'.padStart(29)}`);
      const row = (label: string, method: (typeof methods)[number]) => {
        const s = stats(times[method]);
        const wall = `${fmt(s.min).padStart(7)} / ${fmt(s.median).padStart(7)} ms ${(s.median / base).toFixed(2).padStart(6)}×`;
        const c = cpu[method].length ? stats(cpu[method]) : undefined;
        const cpuText = c ? `${fmt(c.min).padStart(7)} / ${fmt(c.median).padStart(7)} ms ${(c.median / cpuBase).toFixed(2).padStart(6)}×` : '';
        console.log(`   ${label.padEnd(52)} ${wall}   ${cpuText}`);
      };
      row('(a) floor: TreeWalker reads every text node', 'floor');
      row('    bound: floor + each text node\'s parent', 'parents');
      row('    bound: floor + every element visited too', 'elements');
      row('    bound: floor + one charCodeAt per character', 'chars');
      row('    rules bound: every element, textContent, charCodeAt', 'bound');
      row('(b) mark.js 8.11 markRegExp, all forms', 'markjs');
      row('(c) TermLens, real glossary: scan + paint near view', 'termlens');
      row('      of which scan (whole page, all slices)', 'scan');
      row('      of which ranges near the viewport', 'paint');
      row('    TermLens, 100,000-term glossary', 'big');
      row('    TermLens with every range created eagerly', 'eager');
      const boundCpu = stats(cpu.bound).median;
      const cpuOf = (method: (typeof methods)[number]) => stats(cpu[method]).median;
      console.log(
        `   main-thread CPU, median: TermLens ${(cpuOf('termlens') / cpuBase).toFixed(2)}× the floor, ${(cpuOf('termlens') / boundCpu).toFixed(2)}× the rules bound; ` +
          `100,000 terms ${(cpuOf('big') / cpuBase).toFixed(2)}× / ${(cpuOf('big') / boundCpu).toFixed(2)}×; its scan and paint ${(stats(times.big).median / stats(times.termlens).median).toFixed(2)}× the bundled glossary's (wall)`,
      );
      floors.set(name, { floorCpu: cpuBase, boundCpu });
      console.log(facts + '\n');
    }

    await printBuiltExtension(new Map([...pages].map(([name, page]) => [name, page.html])), floors, Math.min(RUNS, 3));
    if (quick) return;
    console.log('## Matcher build (in the page)');
    for (const [label, table] of [['real glossary', realTable], ['100,000 terms', bigTable]] as const) {
      const runs: number[] = [];
      let nodes = 0;
      for (let run = 0; run < RUNS; run++) {
        const r = await once('1 MB', (p) => p.evaluate((t) => TermLensBench.build(t), table));
        runs.push(r.ms);
        nodes = r.nodes;
      }
      const s = stats(runs);
      console.log(`   ${`${label} (${table.flatMap((term) => term.forms).length.toLocaleString('en')} forms, ${nodes.toLocaleString('en')} trie nodes)`.padEnd(52)} ${fmt(s.min).padStart(7)} / ${fmt(s.median).padStart(7)} ms`);
    }
    // What each frame does instead since the background compiles: the reply parsed, checked, wrapped,
    // for 400 terms, the bundled glossary and it with 100,000 own terms. The row before each is the same
    // reply with its rules as each node's JSON text (the encoding before rule-records.ts), JSON.parse alone.
    // (`scripts/bench/experiments/packed-reply.ts` compares a whole start with an earlier commit's code.)
    console.log("\n## A frame's start from the background's compiled matcher (the reply parsed, checked, wrapped; in a fresh page)");
    const spread = Array.from({ length: 400 }, (_, i) => realTable[Math.floor((i * realTable.length) / 400)]!);
    const withOwn = bigTerms(seedTexts, realTable, realTable.length + 100_000);
    for (const [label, table] of [['400 terms', spread], [`bundled glossary (${realTable.length.toLocaleString('en')} terms)`, realTable], ['bundled + 100,000 own terms', withOwn]] as const) {
      const message = layoutForMessage(buildLayout(entriesOfTerms(table)));
      const ids = joinTermIds(table.map((term) => term.id));
      const reply = JSON.stringify({ ids, layout: message });
      const before = JSON.stringify({ ids, layout: { ...message, rules: (buildLayout(entriesOfTerms(table)).rules as [number, unknown][]).map(([node, list]) => [node, JSON.stringify(list)]) } });
      const runs: number[] = [];
      const parses: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        parses.push((await once('1 MB', (p) => p.evaluate((r) => TermLensBench.parseOnly(r), before))).ms);
        runs.push((await once('1 MB', (p) => p.evaluate((r) => TermLensBench.receive(r), reply))).ms);
      }
      const b = stats(parses);
      const s = stats(runs);
      console.log(`   ${`${label}, before: rules as JSON text (reply ${(before.length / 1024).toFixed(0)} KB), JSON.parse alone`.padEnd(92)} ${fmt(b.min).padStart(7)} / ${fmt(b.median).padStart(7)} ms`);
      console.log(`   ${`${label}, now: rule records (reply ${(reply.length / 1024).toFixed(0)} KB), parse + check + wrap`.padEnd(92)} ${fmt(s.min).padStart(7)} / ${fmt(s.median).padStart(7)} ms`);
    }

    // As the extension runs: in an isolated world (where every DOM wrapper the script touches is a
    // handle the garbage collector must visit), slices on setTimeout.
    console.log('\n## Main-thread tasks while annotating the 10 MB page (isolated world, setTimeout between slices, as in the extension)');
    const isolated = async <T>(expression: string): Promise<T> =>
      once(
        '10 MB',
        async (page) => {
          const evaluate = await isolatedWorld(page);
          await evaluate(benchScript);
          return (await evaluate(expression)) as T;
        },
        false,
        true,
      );
    for (let run = 0; run < 3; run++) {
      const f = await isolated<Awaited<ReturnType<Bench['floorSliced']>>>('TermLensBench.floorSliced()');
      const r = await isolated<Awaited<ReturnType<Bench['longTasks']>>>(`TermLensBench.longTasks(${JSON.stringify(realTable)})`);
      const longest = r.longTasks.length ? r.longTasks.map((t) => t.toFixed(0)).join(', ') + ' ms' : 'none';
      console.log(
        `   run ${run + 1}: floor in 8 ms slices: longest slice ${fmt(f.longestSlice)} ms; TermLens: ${r.slices} slices over ${fmt(r.wallMs)} ms, ` +
          `longest slice ${fmt(r.longestSlice)} ms, ${r.watched.toLocaleString('en')} blocks watched; page tasks over 50 ms meanwhile: ${longest}`,
      );
    }

    // The built extension itself, on the load tests' pages (the tests assert counts; these are the times).
    await benchBusyPages(seedTexts, Math.min(RUNS, 3));
    await benchShapes(Math.min(RUNS, 3));

    if (existsSync(CONTENT_SCRIPT)) {
      const js = readFileSync(CONTENT_SCRIPT);
      console.log(`\n## Content script: ${(js.length / 1024).toFixed(1)} KB, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzipped`);
    } else {
      console.log('\n## Content script: not built (run `npm run build`)');
    }
  } finally {
    await browser.close();
    server.close();
  }
  await benchDictionary(RUNS);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
