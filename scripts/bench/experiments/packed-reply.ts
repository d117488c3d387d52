/**
 * A frame's start with this tree's reply and code against an earlier commit's (`BEFORE`, default
 * dfc4f92: the breadth-first varint layout with the ids as an array of strings), interleaved in
 * fresh pages: each reply as text, parsed in the page as the browser's messaging and the start
 * cache's read do, checked, the reader's known and ignored terms (`STATUSES`, default 3, spread
 * over the glossary) found among the ids, the matcher wrapped, all by the code of its own commit
 * (that commit's lib/ extracted into .exp/, with frame-start/page.ts copied in). `TERMS=100000`
 * for the bench's big glossary (the real terms and synthetic ones to that many), `SUBSET=400` for that many
 * real terms spread over the glossary, `SCAN_KB=20` to scan that much of the seeds after the start
 * (where the rules a page reaches are read); min / median over RUNS (default 8) of the main thread's CPU time
 * (what to compare on a loaded machine) and the page's clock, in all and per step.
 * `npx tsx scripts/bench/experiments/packed-reply.ts`. Not part of CI.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { bigTerms, bundleForPage, evaluateWithCpu, launchChromium, readTerms, readSeeds, ROOT } from '../setup';

type Tree = { dir: string; label: string };
const before = process.env.BEFORE ?? 'dfc4f92';
const trees: Tree[] = [{ dir: ROOT, label: 'this tree' }, { dir: join(ROOT, '.exp', `before-${before}`), label: before }];
const beforeDir = trees[1]!.dir;
if (!existsSync(beforeDir)) {
  mkdirSync(beforeDir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${before}" lib | tar -x -C "${beforeDir}"`]);
}
const pageEntry = join('scripts', 'bench', 'experiments', 'frame-start', 'page.ts');
mkdirSync(join(beforeDir, 'scripts', 'bench', 'experiments', 'frame-start'), { recursive: true });
copyFileSync(join(ROOT, pageEntry), join(beforeDir, pageEntry));

const terms = Number(process.env.TERMS ?? 0);
const subset = Number(process.env.SUBSET ?? 0);
const realTerms = readTerms();
const spread = subset > 0 ? Array.from({ length: Math.min(subset, realTerms.length) }, (_, i) => realTerms[Math.floor((i * realTerms.length) / subset)]!) : realTerms;
const benchTerms = terms > 0 ? bigTerms(readSeeds(), spread, terms) : spread;
const scanText = readSeeds().join('\n').slice(0, Number(process.env.SCAN_KB ?? 0) * 1024);
const ids = benchTerms.map((term) => term.id);
const statusCount = Number(process.env.STATUSES ?? 3);
const statuses = Array.from({ length: statusCount }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / statusCount)]!);
const entries = entriesOfTerms(benchTerms);

/** A tree's reply: its own layout encoding, and its ids joined where it has term-ids.ts. */
async function replyOf(dir: string): Promise<string> {
  const compile = (await import(join(dir, 'lib/matcher/compile.ts'))) as { buildLayout: typeof buildLayout };
  const layout = (await import(join(dir, 'lib/matcher/layout.ts'))) as { layoutForMessage: (layout: unknown) => unknown };
  const joined = existsSync(join(dir, 'lib/matcher/term-ids.ts'))
    ? ((await import(join(dir, 'lib/matcher/term-ids.ts'))) as { joinTermIds: (ids: string[]) => string }).joinTermIds(ids)
    : ids;
  return JSON.stringify({ ids: joined, layout: layout.layoutForMessage(compile.buildLayout(entries)) });
}
const ways = await Promise.all(trees.map(async ({ dir, label }) => ({ label, script: await bundleForPage(join(dir, pageEntry)), reply: await replyOf(dir) })));

type Step = { parseMs: number; statusesMs: number; wrapMs: number; scanMs?: number; found: number; nodes: number; matches?: number };
const seen = new Map<string, { cpu: number[]; wall: number[]; steps: Step[] }>(ways.map((w) => [w.label, { cpu: [], wall: [], steps: [] }]));
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
    for (const { label, script, reply } of ways) {
      const page = await browser.newPage();
      await page.evaluate(script);
      await page.evaluate(`globalThis.benchReply = ${JSON.stringify(reply)}; globalThis.benchStatuses = ${JSON.stringify(statuses)}; globalThis.benchText = ${JSON.stringify(scanText)}`);
      const { result, cpuMs } = await evaluateWithCpu<Step>(page, 'FrameStart.start(benchReply, benchStatuses, benchText)');
      const record = seen.get(label)!;
      record.wall.push(result.parseMs + result.statusesMs + result.wrapMs + (result.scanMs ?? 0));
      record.cpu.push(cpuMs);
      record.steps.push(result);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const stat = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms`;
};
for (const { label, reply } of ways) {
  const { cpu, wall, steps } = seen.get(label)!;
  const found = new Set(steps.map((s) => s.found));
  const matches = new Set(steps.map((s) => s.matches ?? 0));
  console.log(
    `${benchTerms.length.toLocaleString('en')} terms, ${label} (reply ${(reply.length / 1024).toFixed(0)} KB, ${statusCount} statuses, found ${[...found].join('/')}): ` +
      `CPU ${stat(cpu)}, in-page clock ${stat(wall)}: parse and check ${stat(steps.map((s) => s.parseMs))}, statuses ${stat(steps.map((s) => s.statusesMs))}, ` +
      `wrap ${stat(steps.map((s) => s.wrapMs))}` +
      (scanText ? `, scan of ${scanText.length.toLocaleString('en')} characters ${stat(steps.map((s) => s.scanMs ?? 0))} (${[...matches].join('/')} matches)` : '') +
      ` (min / median of ${cpu.length})`,
  );
}
